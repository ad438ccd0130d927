package dev.winnow.model;

import java.util.Locale;

/** How an article ending was found to be cut off. */
public enum TruncationKind {
    /** The last paragraph stops without the terminal punctuation of its script. */
    MID_SENTENCE,
    /** The last paragraph ends in an ellipsis ({@code …}, {@code ...}, {@code [...]}). */
    ELLIPSIS,
    /** A "Read more" / "Continue reading" line follows the body: the page is a teaser. */
    READ_MORE,
    /** A character-count marker such as {@code … [+2829 chars]} ends the text. */
    CHAR_COUNT,
    /** A paywall notice follows the body. */
    PAYWALL;

    /** The kebab-case name used in JSON output, e.g. {@code "mid-sentence"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
