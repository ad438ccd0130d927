/**
 * Segmenters: one per input shape ({@link dev.winnow.segment.TextSegmenter} for flattened text,
 * {@link dev.winnow.segment.HtmlSegmenter} for HTML), each cutting the input into the same kind of
 * {@link dev.winnow.rule.Block}s, plus {@link dev.winnow.segment.InputSniffer} to tell the shapes apart.
 */
@NullMarked
package dev.winnow.segment;

import org.jspecify.annotations.NullMarked;
