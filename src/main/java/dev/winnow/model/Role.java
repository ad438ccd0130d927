package dev.winnow.model;

import java.util.Locale;

/**
 * The decision a rule took about one segment of the page: whether it belongs to the article body
 * and, if not, what it is. Every segment that does not end up as {@link #BODY} is reported in
 * {@link Article#removed()} with its role and the id of the rule that decided.
 */
public enum Role {
    /** Part of the article body (the default until a rule decides otherwise). */
    BODY,
    /** The article's headline, lifted into {@link Metadata#title()}. */
    TITLE,
    /** Page chrome: share and follow prompts, separators, footers, list labels. */
    BOILERPLATE,
    /** Site menus, breadcrumbs, account links and other text outside the article. */
    NAVIGATION,
    /** A link or headline of another article, lifted into {@link Article#related()}. */
    RELATED,
    /** An author line, lifted into {@link Metadata#authors()}. */
    BYLINE,
    /** A publication or update timestamp line, lifted into the metadata dates. */
    DATELINE,
    /** A "read more" or paywall line after the body; it is the evidence of {@link Article#ending()}. */
    TRAILER,
    /** Reader comments and their headings. */
    COMMENTS,
    /** Advertisements and sponsored content. */
    ADVERTISEMENT,
    /** Image and video captions and credits. */
    CAPTION;

    private final String label = name().toLowerCase(Locale.ROOT).replace('_', '-');

    /** The lower-case, kebab-case name used in JSON output, e.g. {@code "boilerplate"}. */
    public String label() {
        return label;
    }
}
