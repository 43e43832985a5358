package dev.studybot.search;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A question as the search understands it, read once by {@link QuestionReader} and handed to every stage.
 *
 * @param asked     the question as the member typed it
 * @param folded    the question folded by {@link ChineseNormalizer}
 * @param rest      the folded question without the words that name a document ("十五大报告" in "十五大报告讲了啥")
 * @param terms     what the question is about: its words, bigrams and their synonyms
 * @param searched  the documents searched: the chat's scope, or only the documents the question names unmistakably
 * @param named     the documents in scope the question names, which rank higher
 * @param onlyNamed whether only the named documents are searched
 * @param naming    what the reply says about named documents
 * @param expected  the kind of answer asked for, when a passage can be checked for it ({@link ExpectedAnswer})
 * @param slogans   the numbered slogans it names ("两个确立", {@link NumberedSlogans})
 * @param dayWords  the words that anchor it to a day ("明天", {@link DayTimeWords})
 */
record SearchQuestion(String asked, String folded, String rest, QueryTerms terms, SearchScope searched,
                      Set<String> named, boolean onlyNamed, SearchResult.NamedDocuments naming,
                      Optional<ExpectedAnswer> expected, List<String> slogans, List<String> dayWords) {

    SearchQuestion {
        named = Set.copyOf(named);
        slogans = List.copyOf(slogans);
        dayWords = List.copyOf(dayWords);
    }

    /** Whether there is anything to search for: a named document out of scope, or no content word, leave nothing. */
    boolean searchable() {
        return !naming.outOfScope() && !terms.isEmpty();
    }
}
