# StudyBot: build with the Maven wrapper, run on a slim JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY bot-core bot-core
COPY adapters adapters
COPY seeds seeds
RUN ./mvnw -B -q -DskipTests package -pl adapters/app -am

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home --home-dir /home/studybot studybot \
    && mkdir -p /data && chown studybot /data
COPY --from=build /src/adapters/app/target/studybot.jar /opt/studybot/studybot.jar
USER studybot
# The database and the index live here; tokens come from the environment (TELEGRAM_TOKEN, DISCORD_TOKEN).
ENV STUDYBOT_DATA=/data
VOLUME ["/data"]
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC", "-Djava.awt.headless=true", "-jar", "/opt/studybot/studybot.jar"]
