/**
 * How the standard rules read text and pages: whole-line {@link dev.winnow.reading.Phrases} from
 * the per-language data files, {@link dev.winnow.reading.Dates} in short lines, judgements about a
 * single block ({@link dev.winnow.reading.Lines}: prose, headline-like, item meta line), author
 * names, the class words and text statistics of HTML elements, and the page's JSON-LD. Pure
 * functions of text, or values derived once per draft and shared through
 * {@link dev.winnow.rule.Draft#derived}; none of it decides anything about a block.
 *
 * <p>Not API: the standard rules and the site rules use it, and it may change without notice.
 */
@NullMarked
package dev.winnow.reading;

import org.jspecify.annotations.NullMarked;
