package dev.studybot.search;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year a document speaks from: a year in its id or title (gov-work-report-2025, 2023-07-29); the year of a
 * national congress of the CPC it reports to (第二十次全国代表大会: 2022); the year of a session of a National
 * People's Congress it resolves (第十四届全国人民代表大会第三次会议: 2025, counting a session a year from the
 * congress's first). The years of congresses and the first years of people's congresses are general knowledge.
 */
final class DocumentYears {

    private static final Pattern YEAR = Pattern.compile("(?<![0-9])((?:19|20)[0-9]{2})(?![0-9])");
    /** 第二十次全国代表大会, or the short name a title gives in brackets: (二十大). */
    private static final Pattern CONGRESS = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})次全国代表大会|[(（]([一二三四五六七八九十]{1,3})大[)）]");
    private static final Pattern NPC_SESSION = Pattern.compile(
            "第([一二三四五六七八九十]{1,3})届全国人民代表大会第([一二三四五六七八九十]{1,3})次会议");
    /** The year of each national congress of the CPC, first to twentieth. */
    private static final int[] CONGRESS_YEARS = {1921, 1922, 1923, 1925, 1927, 1928, 1945, 1956, 1969, 1973, 1977,
            1982, 1987, 1992, 1997, 2002, 2007, 2012, 2017, 2022};
    /** The year of the first session of each National People's Congress, first to fourteenth. */
    private static final int[] NPC_FIRST_YEARS = {1954, 1959, 1964, 1975, 1978, 1983, 1988, 1993, 1998, 2003, 2008,
            2013, 2018, 2023};

    private DocumentYears() {
    }

    /** The years of the catalog's documents that have one, by id. */
    static Map<String, Integer> of(PassageCatalog catalog) {
        Map<String, Integer> years = new LinkedHashMap<>();
        catalog.titles().forEach((id, title) -> year(id, title).ifPresent(year -> years.put(id, year)));
        return years;
    }

    /** The year a document with this id and title speaks from, if it can be told. */
    static OptionalInt year(String id, String title) {
        for (String text : new String[] {id, title}) {
            Matcher year = YEAR.matcher(text);
            if (year.find()) {
                return OptionalInt.of(Integer.parseInt(year.group(1)));
            }
        }
        Matcher session = NPC_SESSION.matcher(title);
        if (session.find()) {
            int term = numeral(session.group(1));
            if (term >= 1 && term <= NPC_FIRST_YEARS.length) {
                return OptionalInt.of(NPC_FIRST_YEARS[term - 1] + numeral(session.group(2)) - 1);
            }
        }
        Matcher congress = CONGRESS.matcher(title);
        if (congress.find()) {
            int number = numeral(congress.group(1) != null ? congress.group(1) : congress.group(2));
            if (number >= 1 && number <= CONGRESS_YEARS.length) {
                return OptionalInt.of(CONGRESS_YEARS[number - 1]);
            }
        }
        return OptionalInt.empty();
    }

    /** 一 to 九十九 in Chinese numerals. */
    static int numeral(String chinese) {
        String digits = "一二三四五六七八九";
        if (chinese.length() == 1) {
            return chinese.equals("十") ? 10 : digits.indexOf(chinese) + 1;
        }
        int ten = chinese.indexOf('十');
        int tens = ten == 0 ? 1 : digits.indexOf(chinese.charAt(0)) + 1;
        int ones = ten == chinese.length() - 1 ? 0 : digits.indexOf(chinese.charAt(chinese.length() - 1)) + 1;
        return tens * 10 + ones;
    }
}
