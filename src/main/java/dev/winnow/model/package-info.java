/**
 * The clean document model: immutable records that describe a cleaned page ({@link
 * dev.winnow.model.Article}), independent of Jsoup and of the rules that produced them.
 */
@NullMarked
package dev.winnow.model;

import org.jspecify.annotations.NullMarked;
