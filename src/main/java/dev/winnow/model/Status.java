package dev.winnow.model;

import java.util.Locale;

/** How a cleaning run went, as far as the input is concerned (content never makes Winnow throw). */
public enum Status {
    /** The page was cleaned and has a body. */
    OK,
    /** The page was cleaned but has no article body (for example a page of menus only). */
    EMPTY,
    /** A limit was reached (input size, DOM nodes, blocks): the result covers part of the page; see the warnings. */
    PARTIAL,
    /** The input is not a type Winnow can clean (an image, an archive, a format whose Tika parser is not on the class path). */
    UNSUPPORTED;

    /** The lower-case name used in JSON. @return the label */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
