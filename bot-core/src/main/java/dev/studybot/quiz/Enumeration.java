package dev.studybot.quiz;

import java.util.List;

/**
 * A list of items separated by 、 in a sentence (伟大斗争、伟大工程、伟大事业、伟大梦想).
 *
 * @param items the items in order
 * @param start offset of the first item in the sentence
 * @param end   offset just after the last item
 */
public record Enumeration(List<String> items, int start, int end) {

    public Enumeration {
        items = List.copyOf(items);
    }
}
