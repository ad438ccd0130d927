/**
 * The built-in rules ({@link dev.winnow.rules.StandardRules} lists their ids and order) and the
 * {@link dev.winnow.rules.Phrases} lists they read from per-language data files.
 */
package dev.winnow.rules;
