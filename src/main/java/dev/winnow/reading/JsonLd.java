package dev.winnow.reading;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import dev.winnow.rule.Draft;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The schema.org article object of a page's JSON-LD ({@code <script type="application/ld+json">}),
 * found in plain objects, arrays and {@code @graph}s. HTML entities in values are decoded and
 * whitespace collapsed. Malformed scripts are skipped. Parse once per
 * draft with {@link #of(Draft)}.
 */
public final class JsonLd {
    /** The {@code @type}s taken as the article, in order of preference. */
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle",
            "scholarlyarticle", "report", "liveblogposting", "socialmediaposting", "medicalwebpage", "webpage");
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .enable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(5_000_000).build())
            .build();
    private static final int MAX_SCRIPT_CHARS = 2_000_000;
    private static final JsonLd NONE = new JsonLd(Map.of());
    /** The JSON-LD scripts of a page. */
    private static final String SCRIPTS = "script[type~=(?i)application/ld\\+json]";

    private final Map<String, Object> article;

    private JsonLd(Map<String, Object> article) {
        this.article = article;
    }

    /**
     * The JSON-LD article of a draft's HTML source, parsed once per draft.
     *
     * @param draft the draft
     * @return the article, shared by the rules that run on the draft; empty for text input
     */
    public static JsonLd of(Draft draft) {
        return draft.derived(JsonLd.class, d -> d.source().document() == null ? NONE
                : parse(PageElements.of(d).select("script", SCRIPTS)));
    }

    /** The article among a page's JSON-LD scripts. */
    private static JsonLd parse(List<Element> scripts) {
        Map<String, Object> best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Element script : scripts) {
            String json = script.data();
            if (json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            try (JsonParser p = FACTORY.createParser(json)) {
                collect(read(p, p.nextToken()), objects);
            } catch (IOException | RuntimeException e) {
                continue;
            }
            for (Map<String, Object> o : objects) {
                int rank = rank(o);
                if (rank < bestRank) {
                    best = o;
                    bestRank = rank;
                }
            }
        }
        return best == null ? NONE : new JsonLd(best);
    }

    /** Whether an article object was found. @return true if found */
    public boolean present() {
        return !article.isEmpty();
    }

    /**
     * A string property ({@code headline}), or the {@code name} of an object property.
     *
     * @param key the property
     * @return the text, or {@code null}
     */
    public @Nullable String text(String key) {
        return asText(article.get(key));
    }

    /**
     * Names of an author-like property: strings, Person objects and arrays of either.
     *
     * @param key the property
     * @return the names, without duplicates, in order
     */
    public List<String> names(String key) {
        Set<String> names = new LinkedHashSet<>();
        for (Object o : asList(article.get(key))) {
            String name = asText(o);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return new ArrayList<>(names);
    }

    /**
     * A URL-like property: a string, an object's {@code url} or {@code @id}, or the first of an array.
     *
     * @param key the property
     * @return the URL as given, or {@code null}
     */
    public @Nullable String url(String key) {
        for (Object o : asList(article.get(key))) {
            if (o instanceof String s && !s.isBlank()) {
                return s.strip();
            }
            if (o instanceof Map<?, ?> m) {
                for (String k : List.of("url", "contentUrl", "@id")) {
                    if (m.get(k) instanceof String s && !s.isBlank()) {
                        return s.strip();
                    }
                }
            }
        }
        return null;
    }

    /** Whether the article says it is not free to read ({@code "isAccessibleForFree": false}). @return true if so */
    public boolean paywalled() {
        Object free = article.get("isAccessibleForFree");
        return Boolean.FALSE.equals(free) || (free instanceof String s && s.strip().equalsIgnoreCase("false"));
    }

    private static @Nullable String asText(@Nullable Object o) {
        if (o instanceof String s) {
            return s.isBlank() ? null : dev.winnow.internal.Texts.normalizeSpace(org.jsoup.parser.Parser.unescapeEntities(s, false));
        }
        if (o instanceof Map<?, ?> m) {
            return asText(m.get("name"));
        }
        if (o instanceof List<?> l && !l.isEmpty()) {
            return asText(l.get(0));
        }
        return null;
    }

    private static List<Object> asList(Object o) {
        if (o == null) {
            return List.of();
        }
        if (o instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        return List.of(o);
    }

    /** Lower ranks are better: article types in preference order, anything else last. */
    private static int rank(Map<String, Object> o) {
        int rank = Integer.MAX_VALUE;
        for (Object t : asList(o.get("@type"))) {
            if (t instanceof String s && ARTICLE_TYPES.contains(s.toLowerCase(Locale.ROOT))) {
                rank = Math.min(rank, s.equalsIgnoreCase("webpage") ? 100 : 0);
            }
        }
        return rank;
    }

    @SuppressWarnings("unchecked")
    private static void collect(Object node, List<Map<String, Object>> out) {
        if (node instanceof List<?> list) {
            for (Object o : list) {
                collect(o, out);
            }
        } else if (node instanceof Map<?, ?> map) {
            out.add((Map<String, Object>) map);
            Object graph = map.get("@graph");
            if (graph != null) {
                collect(graph, out);
            }
            Object main = map.get("mainEntity");
            if (main instanceof Map<?, ?>) {
                collect(main, out);
            }
        }
    }

    private static @Nullable Object read(JsonParser p, JsonToken t) throws IOException {
        if (t == null) {
            return null;
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k == JsonToken.FIELD_NAME; k = p.nextToken()) {
                    String name = p.currentName();
                    map.put(name, read(p, p.nextToken()));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY && v != null; v = p.nextToken()) {
                    list.add(read(p, v));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE -> {
                return Boolean.TRUE;
            }
            case VALUE_FALSE -> {
                return Boolean.FALSE;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getText();
            }
            default -> {
                return null;
            }
        }
    }
}
