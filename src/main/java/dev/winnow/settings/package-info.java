/**
 * {@link dev.winnow.settings.CleanerSettings}: a serializable description of a standard cleaner
 * (disabled rules, cut-off paragraphs, failure policy, site rules) that distributed jobs and the
 * command line build their cleaner from. It sits above {@code dev.winnow} and
 * {@code dev.winnow.site}, which it puts together.
 */
@NullMarked
package dev.winnow.settings;

import org.jspecify.annotations.NullMarked;
