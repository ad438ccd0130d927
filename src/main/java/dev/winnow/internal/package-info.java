/**
 * Internal helpers (text measures, folding). Not API: may change without notice.
 */
package dev.winnow.internal;
