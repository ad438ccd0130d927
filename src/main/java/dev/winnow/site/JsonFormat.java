package dev.winnow.site;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.winnow.SiteProfile.Scope;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Reads Winnow's own site rules, a JSON document (schema: {@code docs/site-rules.schema.json}):
 *
 * <pre>{@code
 * { "sites": [
 *   { "host": "news.acme.example",
 *     "scope": "host-and-subdomains",            // or "host-and-www", "subdomains-only"
 *     "body": ["article .story-body", "//div[@id='story']"],
 *     "strip": [".promo", "//aside"],
 *     "stripIdOrClass": ["newsletter"],
 *     "title": "h1.headline", "author": ".byline a", "date": "time/@datetime",
 *     "relatedHeadings": ["More from Acme"],
 *     "paywallPhrases": ["Subscribers read on"],
 *     "prune": true, "skipJsonLd": false, "autodetectOnFailure": true } ] }
 * }</pre>
 *
 * Selectors follow {@link Selector#of} (XPath when they start with {@code /}, {@code ./} or
 * {@code (}, else CSS); every list member also takes a single string. A site with a bad selector
 * or an unknown member loads without it, with a warning in the report; a document that is not JSON
 * of this shape fails the load.
 */
public final class JsonFormat {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Map<String, BiConsumer<SiteConfig.Builder, String>> LISTS = new LinkedHashMap<>();

    static {
        LISTS.put("body", SiteConfig.Builder::body);
        LISTS.put("strip", SiteConfig.Builder::strip);
        LISTS.put("stripIdOrClass", SiteConfig.Builder::stripIdOrClass);
        LISTS.put("stripImageSrc", SiteConfig.Builder::stripImageSrc);
        LISTS.put("dissolve", SiteConfig.Builder::dissolve);
        LISTS.put("title", SiteConfig.Builder::title);
        LISTS.put("author", SiteConfig.Builder::author);
        LISTS.put("date", SiteConfig.Builder::date);
        LISTS.put("relatedHeadings", SiteConfig.Builder::relatedHeading);
        LISTS.put("paywallPhrases", SiteConfig.Builder::paywallPhrase);
    }

    private JsonFormat() {}

    /** The JSON members a site may have. @return the member names */
    public static List<String> members() {
        List<String> names = new ArrayList<>(List.of("host", "scope"));
        names.addAll(LISTS.keySet());
        names.addAll(List.of("prune", "skipJsonLd", "autodetectOnFailure"));
        return names;
    }

    static List<SiteConfig> read(String json, String fileName, Tally tally) throws IOException {
        Object root;
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            root = value(p);
            if (p.nextToken() != null) {
                throw new IOException(fileName + ": text after the JSON document");
            }
        } catch (JsonProcessingException e) {
            throw new IOException(fileName + ": not valid JSON: " + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr(), e);
        }
        if (!(root instanceof Map<?, ?> top) || !(top.get("sites") instanceof List<?> list)) {
            throw new IOException(fileName + ": expected an object with a \"sites\" array");
        }
        List<SiteConfig> sites = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = fileName + " sites[" + i + "]";
            if (!(list.get(i) instanceof Map<?, ?> site)) {
                throw new IOException(where + ": expected an object");
            }
            sites.add(site(site, where, fileName, tally));
        }
        return sites;
    }

    private static SiteConfig site(Map<?, ?> site, String where, String fileName, Tally tally) throws IOException {
        if (!(site.get("host") instanceof String host)) {
            throw new IOException(where + ": \"host\" must be a string");
        }
        SiteConfig.Builder b;
        try {
            b = SiteConfig.forHost(host, scope(site.get("scope"))).origin(fileName);
        } catch (IllegalArgumentException e) {
            throw new IOException(where + ": " + e.getMessage(), e);
        }
        for (Map.Entry<?, ?> e : site.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object value = e.getValue();
            try {
                if (LISTS.containsKey(key)) {
                    for (String item : strings(value)) {
                        LISTS.get(key).accept(b, item);
                    }
                    tally.supported(key);
                } else if (key.equals("prune") || key.equals("skipJsonLd") || key.equals("autodetectOnFailure")) {
                    if (!(value instanceof Boolean yes)) {
                        throw new IllegalArgumentException("must be true or false");
                    }
                    switch (key) {
                        case "prune" -> b.prune(yes);
                        case "skipJsonLd" -> b.skipJsonLd(yes);
                        default -> b.autodetectOnFailure(yes);
                    }
                    tally.supported(key);
                } else if (!key.equals("host") && !key.equals("scope")) {
                    tally.ignored(key, where, "unknown member; known: " + members());
                }
            } catch (IllegalArgumentException ex) {
                tally.ignored(key, where, ex.getMessage());
            }
        }
        return b.build();
    }

    private static Scope scope(@Nullable Object value) {
        if (value == null) {
            return Scope.HOST_AND_SUBDOMAINS;
        }
        for (Scope s : Scope.values()) {
            if (s.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
                return s;
            }
        }
        throw new IllegalArgumentException("\"scope\" must be host-and-subdomains, host-and-www or subdomains-only");
    }

    private static List<String> strings(Object value) {
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).toList();
        }
        throw new IllegalArgumentException("must be a string or an array of strings");
    }

    /** Reads the value at the current token into maps, lists, strings, numbers, booleans and null. */
    private static @Nullable Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == null) {
            throw new IOException("empty document");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return p.getNumberValue();
            }
            default -> throw new IOException("unexpected " + t + " at line " + p.currentLocation().getLineNr());
        }
    }
}
