package dev.winnow.model;

import org.jspecify.annotations.Nullable;

/**
 * What the cleaner made of the input bytes.
 *
 * @param mediaType     the detected media type, e.g. {@code text/html}, or {@code null} for string input
 * @param charset       the charset the bytes were decoded with, or {@code null} for string input
 * @param charsetSource how the charset was chosen: {@code bom}, {@code http}, {@code meta},
 *                      {@code utf-8-valid} (the bytes are valid UTF-8, whatever a declaration said),
 *                      {@code detected} or {@code default}
 * @param bytes         the number of input bytes (or characters, for string input)
 */
public record InputInfo(@Nullable String mediaType, @Nullable String charset, @Nullable String charsetSource,
        long bytes) {
    /** Information for input given as a string. @param chars its length @return the info */
    public static InputInfo ofString(long chars) {
        return new InputInfo(null, null, null, chars);
    }
}
