package dev.winnow.segment;

import dev.winnow.rule.Source.InputShape;
import java.util.regex.Pattern;

/**
 * Tells raw HTML from flattened text by looking at the start of the input, after any leading white
 * space: a doctype, an {@code <html>}, {@code <head>} or {@code <body>} tag, or several common block
 * tags make it HTML.
 * A pure function; thread-safe.
 */
public final class InputSniffer {
    private static final Pattern DOCUMENT_TAG = Pattern.compile(
            "(?i)<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|meta\\s|title>)");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(p|div|br|h[1-6]|ul|li|article|section|span|a)[\\s/>]");
    /** How much of the input is looked at, from its first character that is not white space. */
    public static final int PREFIX = 4096;

    private InputSniffer() {}

    /**
     * Guesses the shape of the input.
     *
     * @param input the input
     * @return {@link InputShape#HTML} or {@link InputShape#TEXT}
     */
    public static InputShape sniff(String input) {
        int start = 0;
        while (start < input.length() && Character.isWhitespace(input.charAt(start))) {
            start++;
        }
        String head = input.substring(start, Math.min(input.length(), start + PREFIX));
        if (DOCUMENT_TAG.matcher(head).find()) {
            return InputShape.HTML;
        }
        var m = BLOCK_TAG.matcher(head);
        int tags = 0;
        while (m.find() && tags < 3) {
            tags++;
        }
        return tags >= 3 ? InputShape.HTML : InputShape.TEXT;
    }
}
