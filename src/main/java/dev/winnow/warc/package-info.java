/**
 * Reading WARC files ({@link dev.winnow.warc.WarcPages}) with jwarc, an optional dependency: add
 * {@code org.netpreserve:jwarc} to use it (the CLI jar has it).
 */
@NullMarked
package dev.winnow.warc;

import org.jspecify.annotations.NullMarked;
