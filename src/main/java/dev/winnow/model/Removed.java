package dev.winnow.model;

/**
 * A segment of the page that is not part of the article body.
 *
 * @param text the segment text
 * @param role what it was taken for
 * @param rule the id of the rule that decided
 */
public record Removed(String text, Role role, String rule) {}
