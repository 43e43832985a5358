# StudyBot: built with the Maven wrapper on the JDK that CI tests with (25), run on its JRE as a non-root user.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# The dependencies first, in a layer of their own: a change of the sources does not download them again.
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY bot-core/pom.xml bot-core/
COPY adapters/pom.xml adapters/
COPY adapters/console/pom.xml adapters/console/
COPY adapters/telegram/pom.xml adapters/telegram/
COPY adapters/discord/pom.xml adapters/discord/
COPY adapters/app/pom.xml adapters/app/
RUN ./mvnw -B -q dependency:go-offline
COPY seeds seeds
COPY bot-core bot-core
COPY adapters adapters
RUN ./mvnw -B -q -o -DskipTests package -pl adapters/app -am

FROM eclipse-temurin:25-jre
RUN useradd --system --create-home --home-dir /home/studybot studybot \
    && mkdir -p /data && chown studybot /data
COPY --from=build /src/adapters/app/target/studybot.jar /opt/studybot/studybot.jar
# The classes the start and the first answer load, made here for this jar and this JRE by a one-question console
# chat on the bundled report (as ./studybot makes them after a build), by the JRE's major version: an ahead-of-time
# cache on 25 and newer, a class-data archive on 21-24 (which refuses the cache's flags). The flag that maps it is
# written to studybot.args, which the entrypoint reads (@file).
RUN if [ "$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')" -ge 25 ]; \
    then make=-XX:AOTCacheOutput=/opt/studybot/studybot.aot use=-XX:AOTCache=/opt/studybot/studybot.aot; \
    else make=-XX:ArchiveClassesAtExit=/opt/studybot/studybot.jsa use=-XX:SharedArchiveFile=/opt/studybot/studybot.jsa; \
    fi \
    && printf '会议由谁主持？\n' | STUDYBOT_DATA=/tmp/training java "$make" \
      -Xlog:disable -Xlog:all=error,cds*=off:stderr -XX:+UseG1GC -Xss4m -Djava.awt.headless=true \
      -jar /opt/studybot/studybot.jar chat > /dev/null \
    && echo "$use" > /opt/studybot/studybot.args \
    && rm -rf /tmp/training /tmp/onnxruntime-java* /root/.djl.ai
USER studybot
# The database and the index live in /data; tokens and settings come from the environment (see README).
# /healthz and /metrics listen on STUDYBOT_HTTP_PORT. More JVM options: JDK_JAVA_OPTIONS (e.g. -Xmx400m).
ENV STUDYBOT_DATA=/data STUDYBOT_HTTP_PORT=8080
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx32m", "-jar", "/opt/studybot/studybot.jar", "health"]
# The launcher's flags (./studybot): the cache or archive made above (studybot.args), the JVM's warnings on standard
# error, the G1 collector (as the launcher: a faster index build on two cores), deep stacks (native access: the jar's manifest); the heap may take half the container's
# memory limit (the rest: ONNX Runtime, metaspace, threads).
ENTRYPOINT ["java", "@/opt/studybot/studybot.args", "-Xlog:disable", "-Xlog:all=warning,cds*=off:stderr", "-XX:+UseG1GC", "-Djava.awt.headless=true", "-Xss4m", "-XX:MaxRAMPercentage=50", "-jar", "/opt/studybot/studybot.jar"]
