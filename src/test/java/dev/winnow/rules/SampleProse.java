package dev.winnow.rules;

/** Paragraphs of made-up news prose that the rule tests build their pages from. */
final class SampleProse {
    /** A paragraph of 38 words. */
    static final String FIRST = "The council met on Tuesday to discuss the new budget, which had been delayed for"
            + " months by arguments over the cost of the bridge, the schools and the new library that the town"
            + " was promised five years ago.";
    /** Another paragraph of 37 words. */
    static final String SECOND = "Members agreed in the end to send the proposal back to the finance committee,"
            + " which will report again in the spring, after a long and sometimes angry debate about taxes and"
            + " parking in the centre of town.";

    private SampleProse() {}
}
