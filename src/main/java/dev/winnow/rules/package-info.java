/**
 * The built-in rules ({@link dev.winnow.rules.StandardRules} lists their ids and order). The code
 * several rules read text with (phrase lists, dates, prose, class words) lives in
 * {@link dev.winnow.reading}.
 */
package dev.winnow.rules;
