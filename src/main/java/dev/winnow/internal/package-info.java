/**
 * Internal helpers (text measures, folding, CSS queries parsed once, URLs) and the engine's
 * {@link dev.winnow.internal.RuleViews}. Not API: module {@code dev.winnow} does not export it, and
 * it may change without notice.
 */
@NullMarked
package dev.winnow.internal;

import org.jspecify.annotations.NullMarked;
