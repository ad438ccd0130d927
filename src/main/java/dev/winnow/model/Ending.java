package dev.winnow.model;

import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Whether the article text reaches its real end, and if not, why we think so.
 *
 * @param status       complete, truncated or unknown
 * @param kind         the kind of truncation; {@code null} unless truncated
 * @param evidence     the text that shows it (the last words, the marker or the notice); may be null
 * @param missingChars the number of characters a character-count marker says are missing, or null
 */
public record Ending(Status status, @Nullable TruncationKind kind, @Nullable String evidence,
        @Nullable Integer missingChars) {

    /** The three possible verdicts. */
    public enum Status {
        /** The body ends with a complete sentence. */
        COMPLETE,
        /** The body was cut off; see {@link Ending#kind()}. */
        TRUNCATED,
        /** No body, or nothing to decide on (for example the last block is a list). */
        UNKNOWN;

        /** The lower-case name used in JSON output. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Ending UNKNOWN_ENDING = new Ending(Status.UNKNOWN, null, null, null);
    private static final Ending COMPLETE_ENDING = new Ending(Status.COMPLETE, null, null, null);

    /** Checks that a kind is given exactly when the status is truncated. */
    public Ending {
        Objects.requireNonNull(status, "status");
        if ((status == Status.TRUNCATED) != (kind != null)) {
            throw new IllegalArgumentException("a kind is required exactly for TRUNCATED endings");
        }
    }

    /** An ending nothing could be said about. */
    public static Ending unknown() {
        return UNKNOWN_ENDING;
    }

    /** A complete ending. */
    public static Ending complete() {
        return COMPLETE_ENDING;
    }

    /**
     * A truncated ending.
     *
     * @param kind         how it was cut
     * @param evidence     the text that shows it
     * @param missingChars characters reported missing, or {@code null}
     * @return the ending
     */
    public static Ending truncated(TruncationKind kind, @Nullable String evidence, @Nullable Integer missingChars) {
        return new Ending(Status.TRUNCATED, Objects.requireNonNull(kind, "kind"), evidence, missingChars);
    }

    /** Whether the text was cut off. */
    public boolean truncated() {
        return status == Status.TRUNCATED;
    }
}
