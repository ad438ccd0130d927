/**
 * Writers at the edge: {@link dev.winnow.write.ArticleWriter} and its JSON, Markdown, plain-text
 * and HTML implementations, and {@link dev.winnow.write.ReportWriter}, the explain report of one
 * page as a self-contained HTML file.
 */
@NullMarked
package dev.winnow.write;

import org.jspecify.annotations.NullMarked;
