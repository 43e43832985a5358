package dev.studybot.search;

import java.util.regex.Pattern;

/**
 * A question naming a year (美丽四川建设到2035年要实现哪些指标) that no searched document says, and that is no
 * searched document's own year (2023 for the report of 2023-07-29), asks what the documents do not speak of: a
 * report that names no year at all answers no question about 2035. Years in Chinese numerals are folded to digits
 * before this judge reads the question. So does a question naming a numbered session (是不是决定召开省委十二届四次全会)
 * that no searched document names: a report on the third plenary session says nothing of the fourth.
 */
final class UnmentionedYearJudge implements Judge {

    /** A year as a question names it: 2035年, 2022 年. */
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])\\s*年");

    /** A numbered session as a question names it: 十二届四次全会, 第三次全体会议. */
    private static final Pattern SESSION = Pattern.compile(
            "[一二三四五六七八九十0-9]+届[一二三四五六七八九十0-9]+次(?:全会|全体会议|会议)"
                    + "|第[一二三四五六七八九十百0-9]+次(?:全会|全体会议|代表大会|党代会)");

    private final PassageCatalog catalog;
    private final ScopeTexts texts;

    UnmentionedYearJudge(PassageCatalog catalog) {
        this.catalog = catalog;
        this.texts = new ScopeTexts(catalog);
    }

    @Override
    public Verdict judge(SearchQuestion question, Verdict verdict) {
        if (!verdict.answered()) {
            return verdict;
        }
        return namesUnmentioned(YEAR, 1, question) || namesUnmentioned(SESSION, 0, question) ? verdict.abstaining()
                : verdict;
    }

    /** Whether the question names, in this group of the pattern, a year or session its scope never mentions. */
    private boolean namesUnmentioned(Pattern named, int group, SearchQuestion question) {
        return named.matcher(question.folded()).results()
                .anyMatch(match -> !mentioned(match.group(group), question.searched()));
    }

    /** Whether a document of the scope speaks from the year (or session), names it in its title or says it. */
    private boolean mentioned(String year, SearchScope scope) {
        return catalog.documentsIn(scope).stream()
                .anyMatch(docId -> ownYear(docId, year) || catalog.fullTitle(docId).contains(year))
                || texts.says(year, scope);
    }

    private boolean ownYear(String docId, String year) {
        return DocumentYears.year(docId, catalog.fullTitle(docId)).stream()
                .anyMatch(own -> Integer.toString(own).equals(year));
    }
}
