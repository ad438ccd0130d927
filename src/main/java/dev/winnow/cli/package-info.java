/**
 * The {@code winnow} command line ({@link dev.winnow.cli.Main}): cleans one page or, with
 * {@code batch}, many, and writes them as JSON, Markdown, text or HTML.
 */
@NullMarked
package dev.winnow.cli;

import org.jspecify.annotations.NullMarked;
