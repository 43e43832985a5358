package dev.studybot.quiz;

/** What kind of thing a key term is: distractors are always of the same kind. */
public enum TermKind {
    /** A phrase in quotation marks: “两个确立”, a slogan. */
    QUOTED,
    /** A number with its unit or a date: 一百周年, 二〇三五年, 百分之十八点五. */
    NUMBER,
    /** A place (HanLP ns). */
    PLACE,
    /** A person (HanLP nr). */
    PERSON,
    /** An organisation (HanLP nt). */
    ORGANIZATION,
    /** An item of an enumeration (伟大斗争、伟大工程、…). */
    ENUM_ITEM,
    /** A key noun (HanLP noun that is a keyword of its paragraph). */
    NOUN
}
