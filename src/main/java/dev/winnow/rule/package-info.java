/**
 * The rule SPI: {@link dev.winnow.rule.Rule}, the {@link dev.winnow.rule.Draft} rules work on, its
 * {@link dev.winnow.rule.Block}s, the {@link dev.winnow.rule.Finding}s rules attach to blocks for
 * later rules to read ({@link dev.winnow.rule.Byline}, {@link dev.winnow.rule.Dateline}), the fixed
 * {@link dev.winnow.rule.Phase} order and the trace's {@link dev.winnow.rule.Decision}s. Write a
 * rule against these types only.
 */
@NullMarked
package dev.winnow.rule;

import org.jspecify.annotations.NullMarked;
