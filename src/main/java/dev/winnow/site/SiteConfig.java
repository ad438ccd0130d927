package dev.winnow.site;

import dev.winnow.SiteProfile;
import dev.winnow.SiteProfile.Scope;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The declarative extraction hints for one site: where the article body is, what to strip before
 * segmentation, where the title, authors and date are, and the site's own related-list headings and
 * paywall notices. Immutable; read from ftr-site-config files ({@link FtrFormat}), from Winnow's
 * JSON format ({@link JsonFormat}) or built in Java:
 *
 * <pre>{@code
 * SiteConfig acme = SiteConfig.forHost("news.acme.example")
 *         .body("article .story-body")                  // CSS
 *         .strip("//div[contains(@class,'promo')]")     // XPath
 *         .author(".byline a")
 *         .relatedHeading("More from Acme")
 *         .paywallPhrase("Subscribers read on")
 *         .build();
 * Cleaner cleaner = Cleaner.builder().use(SiteRules.of(List.of(acme))).build();
 * }</pre>
 *
 * <p>Selectors given as text follow {@link Selector#of}: XPath when they start with {@code /},
 * {@code ./} or {@code (}, else CSS.
 *
 * @param host                the host name
 * @param scope               which hosts the config applies to
 * @param origin              where it came from (a file name, or {@code java})
 * @param body                selectors of the article body; the first that matches wins
 * @param strip               elements to remove before segmentation
 * @param stripIdOrClass      strings: elements whose id or class contains one are removed
 * @param stripImageSrc       strings: images whose {@code src} contains one are removed
 * @param stripAttr           XPaths of attributes to remove, such as {@code //img/@srcset}
 * @param dissolve            elements replaced by their children
 * @param wrapIn              elements wrapped in a new element
 * @param replacements        literal text replacements in the page's HTML
 * @param title               where the title is (first value wins)
 * @param author              where the authors are
 * @param date                where the publication date is (first value wins)
 * @param nextPageLink        where the link to the next page of a multi-page article is
 * @param singlePageLink      where the link to the single-page (print) view is
 * @param nativeAdClue        elements whose presence marks the page as sponsored content
 * @param prune               whether the generic zone rules ({@code content-root}, {@code main-zone})
 *                            may refine inside a matched body (ftr's {@code prune}, default true);
 *                            when false the matched body is kept whole
 * @param skipJsonLd          whether the page's JSON-LD metadata is ignored
 * @param autodetectOnFailure whether the generic zone rules take over when no body selector
 *                            matches (default true); when false such a page comes out empty
 * @param relatedHeadings     extra headings that open a related-article list on this site
 * @param paywallPhrases      extra paywall notices of this site
 * @param tests               sample URLs with the texts their article should contain (data only)
 */
public record SiteConfig(String host, Scope scope, String origin, List<Selector> body, List<Selector> strip,
        List<String> stripIdOrClass, List<String> stripImageSrc, List<Selector> stripAttr, List<Selector> dissolve,
        List<Wrap> wrapIn, List<Replacement> replacements, List<Selector> title, List<Selector> author,
        List<Selector> date, List<Selector> nextPageLink, List<Selector> singlePageLink,
        List<Selector> nativeAdClue, boolean prune, boolean skipJsonLd, boolean autodetectOnFailure,
        List<String> relatedHeadings, List<String> paywallPhrases, List<TestUrl> tests) {

    /** Copies the lists. */
    public SiteConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(origin, "origin");
        body = List.copyOf(body);
        strip = List.copyOf(strip);
        stripIdOrClass = List.copyOf(stripIdOrClass);
        stripImageSrc = List.copyOf(stripImageSrc);
        stripAttr = List.copyOf(stripAttr);
        dissolve = List.copyOf(dissolve);
        wrapIn = List.copyOf(wrapIn);
        replacements = List.copyOf(replacements);
        title = List.copyOf(title);
        author = List.copyOf(author);
        date = List.copyOf(date);
        nextPageLink = List.copyOf(nextPageLink);
        singlePageLink = List.copyOf(singlePageLink);
        nativeAdClue = List.copyOf(nativeAdClue);
        relatedHeadings = List.copyOf(relatedHeadings);
        paywallPhrases = List.copyOf(paywallPhrases);
        tests = List.copyOf(tests);
    }

    /**
     * Wraps the elements a selector matches in a new element ({@code wrap_in(blockquote)}).
     *
     * @param tag      the wrapping element's tag
     * @param selector the elements to wrap
     */
    public record Wrap(String tag, Selector selector) {}

    /**
     * A literal replacement in the page's HTML.
     *
     * @param find    the text to find, never empty, at most {@value #MAX_CHARS} characters
     * @param replace its replacement, at most {@value #MAX_CHARS} characters
     */
    public record Replacement(String find, String replace) {
        /**
         * The longest find or replace string (the longest of the 2026 ftr-site-config snapshot has
         * 140); a page is re-parsed after its replacements, and 10,000 replacements of a 128 KB
         * string ran out of memory there.
         */
        public static final int MAX_CHARS = 1024;

        /**
         * Checks the texts.
         *
         * @throws IllegalArgumentException if {@code find} is empty or either is longer than {@value #MAX_CHARS}
         */
        public Replacement {
            if (Objects.requireNonNull(find, "find").isEmpty()) {
                throw new IllegalArgumentException("empty find string");
            }
            Objects.requireNonNull(replace, "replace");
            if (find.length() > MAX_CHARS || replace.length() > MAX_CHARS) {
                throw new IllegalArgumentException("find or replace string longer than " + MAX_CHARS
                        + " characters (" + Math.max(find.length(), replace.length()) + ")");
            }
        }
    }

    /**
     * A sample page of the site, kept as data for tests ({@code test_url}, {@code test_contains}).
     *
     * @param url      the page URL
     * @param contains texts the article should contain
     */
    public record TestUrl(String url, List<String> contains) {
        /** Copies the texts. */
        public TestUrl {
            contains = List.copyOf(contains);
        }
    }

    /**
     * Starts a config for a host and its subdomains.
     *
     * @param host the host name
     * @return a builder
     */
    public static Builder forHost(String host) {
        return forHost(host, Scope.HOST_AND_SUBDOMAINS);
    }

    /**
     * Starts a config for a host with an explicit scope.
     *
     * @param host  the host name
     * @param scope which hosts it applies to
     * @return a builder
     * @throws IllegalArgumentException if the host is not a host name
     */
    public static Builder forHost(String host, Scope scope) {
        return new Builder(SiteProfile.forHost(host, scope).host(), scope);
    }

    /** Whether the config strips, unwraps or wraps elements. @return true if so */
    public boolean editsDocument() {
        return !strip.isEmpty() || !stripIdOrClass.isEmpty() || !stripImageSrc.isEmpty() || !stripAttr.isEmpty()
                || !dissolve.isEmpty() || !wrapIn.isEmpty();
    }

    /** Whether the config reads metadata or page links. @return true if so */
    public boolean readsMetadata() {
        return !title.isEmpty() || !author.isEmpty() || !date.isEmpty() || !nextPageLink.isEmpty()
                || !singlePageLink.isEmpty() || !nativeAdClue.isEmpty();
    }

    /**
     * Builds a {@link SiteConfig}. Not thread-safe. Text selectors are parsed by
     * {@link Selector#of}, which throws {@link IllegalArgumentException} for a bad one.
     */
    public static final class Builder {
        private final String host;
        private final Scope scope;
        private String origin = "java";
        private final List<Selector> body = new ArrayList<>();
        private final List<Selector> strip = new ArrayList<>();
        private final List<String> stripIdOrClass = new ArrayList<>();
        private final List<String> stripImageSrc = new ArrayList<>();
        private final List<Selector> stripAttr = new ArrayList<>();
        private final List<Selector> dissolve = new ArrayList<>();
        private final List<Wrap> wrapIn = new ArrayList<>();
        private final List<Replacement> replacements = new ArrayList<>();
        private final List<Selector> title = new ArrayList<>();
        private final List<Selector> author = new ArrayList<>();
        private final List<Selector> date = new ArrayList<>();
        private final List<Selector> nextPageLink = new ArrayList<>();
        private final List<Selector> singlePageLink = new ArrayList<>();
        private final List<Selector> nativeAdClue = new ArrayList<>();
        private boolean prune = true;
        private boolean skipJsonLd;
        private boolean autodetectOnFailure = true;
        private final List<String> relatedHeadings = new ArrayList<>();
        private final List<String> paywallPhrases = new ArrayList<>();
        private final List<TestUrl> tests = new ArrayList<>();

        private Builder(String host, Scope scope) {
            this.host = host;
            this.scope = scope;
        }

        /** Where the config came from, shown in the trace. @param name a file name @return this builder */
        public Builder origin(String name) {
            this.origin = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Adds a body selector. @param selector CSS or XPath @return this builder */
        public Builder body(String selector) {
            return body(Selector.of(selector));
        }

        /** Adds a body selector. @param selector the selector @return this builder */
        public Builder body(Selector selector) {
            return add(body, selector);
        }

        /** Adds elements to strip. @param selector CSS or XPath @return this builder */
        public Builder strip(String selector) {
            return strip(Selector.of(selector));
        }

        /** Adds elements to strip. @param selector the selector @return this builder */
        public Builder strip(Selector selector) {
            return add(strip, selector);
        }

        /** Strips elements whose id or class contains a string. @param part the string @return this builder */
        public Builder stripIdOrClass(String part) {
            return add(stripIdOrClass, requireText(part));
        }

        /** Strips images whose {@code src} contains a string. @param part the string @return this builder */
        public Builder stripImageSrc(String part) {
            return add(stripImageSrc, requireText(part));
        }

        /**
         * Strips attributes. @param xpath an XPath selecting attributes, e.g. {@code //img/@srcset}
         * @return this builder
         */
        public Builder stripAttr(String xpath) {
            stripAttr.add(Selector.xpath(xpath));
            return this;
        }

        /** Replaces matched elements by their children. @param selector CSS or XPath @return this builder */
        public Builder dissolve(String selector) {
            return dissolve(Selector.of(selector));
        }

        /** Replaces matched elements by their children. @param selector the selector @return this builder */
        public Builder dissolve(Selector selector) {
            return add(dissolve, selector);
        }

        /**
         * Wraps matched elements in a new element.
         *
         * @param tag      the wrapping tag, e.g. {@code blockquote}
         * @param selector CSS or XPath
         * @return this builder
         */
        public Builder wrapIn(String tag, String selector) {
            return wrapIn(tag, Selector.of(selector));
        }

        /**
         * Wraps matched elements in a new element.
         *
         * @param tag      the wrapping tag, e.g. {@code blockquote}
         * @param selector the elements to wrap
         * @return this builder
         */
        public Builder wrapIn(String tag, Selector selector) {
            String t = requireText(tag).strip().toLowerCase(java.util.Locale.ROOT);
            if (!t.matches("[a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("not a tag name: '" + tag + "'");
            }
            wrapIn.add(new Wrap(t, Objects.requireNonNull(selector, "selector")));
            return this;
        }

        /** Adds a literal replacement in the HTML. @param find the text @param replace its replacement @return this builder */
        public Builder replace(String find, String replace) {
            replacements.add(new Replacement(find, replace));
            return this;
        }

        /** Adds a title selector. @param selector CSS or XPath @return this builder */
        public Builder title(String selector) {
            return title(Selector.of(selector));
        }

        /** Adds a title selector. @param selector the selector @return this builder */
        public Builder title(Selector selector) {
            return add(title, selector);
        }

        /** Adds an author selector. @param selector CSS or XPath @return this builder */
        public Builder author(String selector) {
            return author(Selector.of(selector));
        }

        /** Adds an author selector. @param selector the selector @return this builder */
        public Builder author(Selector selector) {
            return add(author, selector);
        }

        /** Adds a date selector. @param selector CSS or XPath @return this builder */
        public Builder date(String selector) {
            return date(Selector.of(selector));
        }

        /** Adds a date selector. @param selector the selector @return this builder */
        public Builder date(Selector selector) {
            return add(date, selector);
        }

        /** Adds a next-page link selector. @param selector the selector @return this builder */
        public Builder nextPageLink(Selector selector) {
            return add(nextPageLink, selector);
        }

        /** Adds a single-page link selector. @param selector the selector @return this builder */
        public Builder singlePageLink(Selector selector) {
            return add(singlePageLink, selector);
        }

        /** Adds a sponsored-content clue. @param selector the selector @return this builder */
        public Builder nativeAdClue(Selector selector) {
            return add(nativeAdClue, selector);
        }

        /** Sets ftr's {@code prune} (default true). @param value the value @return this builder */
        public Builder prune(boolean value) {
            prune = value;
            return this;
        }

        /** Ignores the page's JSON-LD metadata. @param value the value @return this builder */
        public Builder skipJsonLd(boolean value) {
            skipJsonLd = value;
            return this;
        }

        /** Sets whether generic rules take over when no body selector matches (default true). @param value the value @return this builder */
        public Builder autodetectOnFailure(boolean value) {
            autodetectOnFailure = value;
            return this;
        }

        /** Adds a heading that opens a related-article list. @param heading the heading @return this builder */
        public Builder relatedHeading(String heading) {
            return add(relatedHeadings, requireText(heading));
        }

        /** Adds a paywall notice. @param phrase the notice @return this builder */
        public Builder paywallPhrase(String phrase) {
            return add(paywallPhrases, requireText(phrase));
        }

        /** Adds a sample page. @param url the URL @param contains texts its article contains @return this builder */
        public Builder test(String url, List<String> contains) {
            tests.add(new TestUrl(requireText(url), contains));
            return this;
        }

        /** Adds a text the last sample page should contain. @param text the text @return this builder */
        Builder testContains(String text) {
            if (tests.isEmpty()) {
                return this;
            }
            TestUrl last = tests.remove(tests.size() - 1);
            List<String> contains = new ArrayList<>(last.contains());
            contains.add(text);
            tests.add(new TestUrl(last.url(), contains));
            return this;
        }

        /** Builds the config. @return the config */
        public SiteConfig build() {
            return new SiteConfig(host, scope, origin, body, strip, stripIdOrClass, stripImageSrc, stripAttr, dissolve,
                    wrapIn, replacements, title, author, date, nextPageLink, singlePageLink, nativeAdClue, prune,
                    skipJsonLd, autodetectOnFailure, relatedHeadings, paywallPhrases, tests);
        }

        private <T> Builder add(List<T> list, T value) {
            list.add(Objects.requireNonNull(value, "value"));
            return this;
        }

        private static String requireText(String text) {
            if (Objects.requireNonNull(text, "text").isBlank()) {
                throw new IllegalArgumentException("empty value");
            }
            return text;
        }
    }
}
