/**
 * Internal helpers (text measures, folding). Not API: may change without notice.
 */
@NullMarked
package dev.winnow.internal;

import org.jspecify.annotations.NullMarked;
