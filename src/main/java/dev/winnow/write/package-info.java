/**
 * Writers at the edge: {@link dev.winnow.write.ArticleWriter} and its JSON, Markdown, plain-text
 * and HTML implementations.
 */
package dev.winnow.write;
