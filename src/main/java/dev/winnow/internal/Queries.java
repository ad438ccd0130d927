package dev.winnow.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS queries parsed once: the same few queries are asked on every page, and parsing one costs
 * more than running it on a small element. Thread-safe.
 */
public final class Queries {
    /**
     * Jsoup's system property for its query mode ({@code legacy}, the default, {@code web} or
     * {@code check}), read as Jsoup reads it: its {@code QueryMode} class is in a package the
     * {@code org.jsoup} module does not export.
     */
    private static final String QUERY_MODE = "jsoup.queryMode";

    /** The queries parsed so far, by query mode and query. */
    private static final Map<String, Map<String, Evaluator>> PARSED = new ConcurrentHashMap<>();

    private Queries() {}

    /**
     * A CSS query parsed as {@link QueryParser#parse} (and so {@link Element#select(String)}) parses
     * it in the current query mode, which it depends on; {@code element.select(evaluator(query))}
     * gives what {@code element.select(query)} gives.
     *
     * @param query the query
     * @return the evaluator, shared
     */
    public static Evaluator evaluator(String query) {
        String mode = System.getProperty(QUERY_MODE, "legacy").toLowerCase(Locale.ROOT);
        return PARSED.computeIfAbsent(mode, key -> new ConcurrentHashMap<>())
                .computeIfAbsent(query, QueryParser::parse);
    }
}
