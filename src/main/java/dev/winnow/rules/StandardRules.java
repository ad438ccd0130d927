package dev.winnow.rules;

import dev.winnow.rule.Rule;
import java.util.List;

/**
 * The standard rule catalogue: the stable ids of the built-in rules and their default order.
 * Ids are API; use these constants with {@code RuleSet.replace/without/insertBefore/insertAfter}.
 */
public final class StandardRules {
    /** {@link SeparatorLinesRule}. */
    public static final String SEPARATOR_LINES = "separator-lines";
    /** {@link HiddenBlocksRule}. */
    public static final String HIDDEN_BLOCKS = "hidden-blocks";
    /** {@link DuplicateBlocksRule}. */
    public static final String DUPLICATE_BLOCKS = "duplicate-blocks";
    /** {@link BoilerplateLinesRule}. */
    public static final String BOILERPLATE_LINES = "boilerplate-lines";
    /** {@link TeaserLinesRule}. */
    public static final String TEASER_LINES = "teaser-lines";
    /** {@link BylineRule}. */
    public static final String BYLINE = "byline";
    /** {@link DatelineRule}. */
    public static final String DATELINE = "dateline";
    /** {@link NavigationLinesRule}. */
    public static final String NAVIGATION_LINES = "navigation-lines";
    /** {@link LayoutBlocksRule}. */
    public static final String LAYOUT_BLOCKS = "layout-blocks";
    /** {@link FurnitureElementsRule}. */
    public static final String FURNITURE_ELEMENTS = "furniture-elements";
    /** {@link ContentRootRule}. */
    public static final String CONTENT_ROOT = "content-root";
    /** {@link HeadingLinesRule}. */
    public static final String HEADING_LINES = "heading-lines";
    /** {@link InlineRelatedRule}. */
    public static final String INLINE_RELATED = "inline-related";
    /** {@link RelatedListsRule}. */
    public static final String RELATED_LISTS = "related-lists";
    /** {@link CommentsTailRule}. */
    public static final String COMMENTS_TAIL = "comments-tail";
    /** {@link HeadlineRule}. */
    public static final String HEADLINE = "headline";
    /** {@link MainZoneRule}. */
    public static final String MAIN_ZONE = "main-zone";
    /** {@link TruncatedEndingRule}. */
    public static final String TRUNCATED_ENDING = "truncated-ending";
    /** {@link JsonLdMetadataRule}. */
    public static final String JSON_LD_METADATA = "json-ld-metadata";
    /** {@link UrlDateRule}. */
    public static final String URL_DATE = "url-date";
    /** {@link HtmlMetadataRule}. */
    public static final String HTML_METADATA = "html-metadata";
    /** {@link BlockMetadataRule}. */
    public static final String BLOCK_METADATA = "block-metadata";
    /** {@link LanguageRule}. */
    public static final String LANGUAGE = "language";
    /** {@link TitleHeadingDedupeRule}. */
    public static final String TITLE_HEADING_DEDUPE = "title-heading-dedupe";

    private StandardRules() {}

    /**
     * New instances of the standard rules in their default order.
     *
     * @return the rules
     */
    public static List<Rule> all() {
        return List.of(
                // CLASSIFY: cheap single-line decisions first, so later rules see fewer candidates.
                new SeparatorLinesRule(),
                new HiddenBlocksRule(),
                // Repeats go before the phrase rules, so a copy of the article never outvotes it.
                new DuplicateBlocksRule(),
                BoilerplateLinesRule.standard(),
                // Teasers before bylines and datelines: "Read more" must not be mistaken for prose.
                TeaserLinesRule.standard(),
                new BylineRule(),
                // Datelines before menus, so "12/03/2024" is a date and not a three-part breadcrumb.
                new DatelineRule(),
                NavigationLinesRule.standard(),
                new LayoutBlocksRule(),
                FurnitureElementsRule.standard(),
                // Headings last: they are recognised by the prose that follows, once chrome is known.
                HeadingLinesRule.standard(),
                // ZONE: lift related items before the main-zone cut, so they are kept as data.
                InlineRelatedRule.standard(),
                RelatedListsRule.standard(),
                CommentsTailRule.standard(),
                // In HTML, the article container bounds the text before the prose-run cut.
                ContentRootRule.standard(),
                // The headline is found before the main-zone cut would take it for navigation.
                new HeadlineRule(),
                new MainZoneRule(),
                // ENDING: needs the final body.
                TruncatedEndingRule.standard(),
                // METADATA: first writer wins, so the order is the source priority: JSON-LD, then
                // head tags, then the language guess, then body blocks, then the URL.
                new JsonLdMetadataRule(),
                new HtmlMetadataRule(),
                // The language decides how ambiguous dates in bylines and datelines are read.
                new LanguageRule(),
                new BlockMetadataRule(),
                new UrlDateRule(),
                // STRUCTURE: needs the title.
                new TitleHeadingDedupeRule());
    }
}
