/**
 * The clean document model: immutable records that describe a cleaned page ({@link
 * dev.winnow.model.Article}), independent of Jsoup and of the rules that produced them.
 */
package dev.winnow.model;
