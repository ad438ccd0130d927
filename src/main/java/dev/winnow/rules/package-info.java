/**
 * The built-in rules ({@link dev.winnow.rules.StandardRules} lists their ids and order). A rule
 * here depends on no other rule: what one rule recognised in a block reaches later rules as a
 * {@link dev.winnow.rule.Finding} on the block, and the code several rules read text with (phrase
 * lists, dates, names, prose, class words) lives in {@code dev.winnow.reading}, which module
 * {@code dev.winnow} does not export.
 */
@NullMarked
package dev.winnow.rules;

import org.jspecify.annotations.NullMarked;
