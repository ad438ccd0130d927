package dev.winnow.write;

/**
 * Escapes text for HTML with only what the format needs: {@code &}, {@code <} and {@code >} in text,
 * and {@code "} as well in double-quoted attribute values. Every other character is written as it
 * is (the documents are UTF-8), so an apostrophe stays an apostrophe. Stateless.
 */
final class HtmlText {
    private HtmlText() {}

    /**
     * Escapes element content.
     *
     * @param s the text
     * @return the escaped text
     */
    static String text(String s) {
        return escape(s, false);
    }

    /**
     * Escapes a double-quoted attribute value.
     *
     * @param s the value
     * @return the escaped value
     */
    static String attribute(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean attribute) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String entity = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> attribute ? "&quot;" : null;
                default -> null;
            };
            if (entity != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (entity != null) {
                    sb.append(entity);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }
}
