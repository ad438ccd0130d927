/**
 * Winnow's front door: {@link dev.winnow.Cleaner} (built from a {@link dev.winnow.RuleSet},
 * {@link dev.winnow.SiteProfile}s and {@link dev.winnow.RulePack}s) cleans an {@link dev.winnow.Input}
 * into a {@link dev.winnow.model.Article}; {@link dev.winnow.BatchCleaner} cleans many pages on
 * worker threads.
 */
@NullMarked
package dev.winnow;

import org.jspecify.annotations.NullMarked;
