package dev.winnow.rule;

import java.util.Locale;

/** The single-valued metadata fields rules can fill through {@link Draft#metadata}. */
public enum MetadataField {
    /** The headline. */
    TITLE,
    /** The publication date or date-time, ISO 8601. */
    PUBLISHED,
    /** The modification date or date-time, ISO 8601. */
    MODIFIED,
    /** The publication's name. */
    SITE_NAME,
    /** The ISO 639-1 language code. */
    LANGUAGE,
    /** The canonical URL. */
    CANONICAL_URL,
    /** The lead image URL. */
    IMAGE,
    /** The summary. */
    DESCRIPTION,
    /** The next page of a multi-page article. */
    NEXT_PAGE_URL,
    /** The single-page ("print") view of the article. */
    SINGLE_PAGE_URL,
    /** Evidence that the page is sponsored content; its presence sets {@code Metadata.sponsored()}. */
    SPONSORED;

    /** The kebab-case name used in the trace. @return the label */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The camelCase name of the field in the model and in JSON ({@code siteName}). @return the key */
    public String key() {
        String[] parts = name().toLowerCase(Locale.ROOT).split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }
}
