package dev.studybot.quiz;

/** What kind of fact a question asks about; it decides how the question is put and which types suit it. */
public enum FactKind {
    /** When: a date (7月29日下午). */
    DATE,
    /** An ordinal, a count or a session (第二次, 一年多, 十二届三次). */
    NUMBER,
    /** A place or site of a known province (广元, 三星堆). */
    PLACE,
    /** A term of a known category (a region, a strategy, a formulation). */
    TERM,
    /** A quoted slogan or term (“台账”, “一极一源、两中心两地”). */
    QUOTED,
    /** One of the report's parallel terms (在X上【精准】发力 beside 同时/全面/持续发力). */
    PARALLEL,
    /** The genre word of a document named in 《》 (…总体安排, …意见). */
    DOCUMENT,
    /** A whole enumeration (地震、水灾、火灾、旱灾、泥石流). */
    ENUMERATION,
    /** Two terms of one kind in parallel clauses, each said of its own thing (在翠云廊对…，在三星堆对…). */
    SWAP
}
