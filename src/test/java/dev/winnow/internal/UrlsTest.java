package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

class UrlsTest {
    private static final List<String> BASES = List.of("https://news.example/a/b.html?x=1#f", "http://x", "", "not a url",
            "javascript:x", "https://x.example/./a/", "HTTPS://X/", "\u0001https://x.example/a");
    private static final List<String> LINKS = List.of("?q=1", "?", "/./a", "/../../a", "/.../a", "/.a", "./a", "../a",
            "../../../../a", "#x", "HTTP://X.example/A", "https://u:p@x.example/a", "https://x.example:8080/a/./b/../c?d#e",
            "//cdn.example/x", "\u0001java\tscript:x", "a\nb", "mailto:a@b", "MAILTO:A@B", "javascript:void(0)", "tel:1", "",
            " ", "http://", "https:", "http:/a", "https:a", "file:/x", "jar:file:/x.jar!/a", "url:http://x/y", "a:b", "1:b",
            "ftp://x/../a", "/.//a", "/./../a", "http://[::1]/a", "http://x/a b", "http://x/é", "data:image/png;base64,AAAA",
            "\u001fhttp://x/\u0000y", "/a/b?c=d&e=%20#g", "data:\u0001x", "\u0001tel:1", "whatsapp://send?x",
            "a,b:c", "x-y.z+w:1", "url:javascript:x", "JAR:x");

    private static String viaJsoup(URL base, String link) {
        try {
            return StringUtil.resolve(base, link).toExternalForm();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static String viaUrls(URL base, String link) {
        try {
            return Urls.resolve(base, link).toExternalForm();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    @Test
    void resolvesAsJsoupDoes() throws Exception {
        for (String base : BASES) {
            URL baseUrl = null;
            try {
                baseUrl = new URL(base);
            } catch (java.net.MalformedURLException e) {
                // only the string form applies
            }
            for (String link : LINKS) {
                assertThat(Urls.resolve(base, link)).as(base + " + " + link).isEqualTo(StringUtil.resolve(base, link));
                if (baseUrl != null) {
                    assertThat(viaUrls(baseUrl, link)).as(base + " + " + link).isEqualTo(viaJsoup(baseUrl, link));
                }
            }
        }
    }

    @Test
    void knowsTheSchemesUrlHasNoHandlerFor() {
        assertThat(Urls.hasForeignScheme("javascript:void(0)")).isTrue();
        assertThat(Urls.hasForeignScheme("Tel:+1")).isTrue();
        assertThat(Urls.hasForeignScheme("fb-messenger://x")).isTrue();
        assertThat(Urls.hasForeignScheme("MAILTO:a@b")).isFalse();
        assertThat(Urls.hasForeignScheme("url:javascript:x")).isFalse();
        assertThat(Urls.hasForeignScheme("/a:b")).isFalse();
        assertThat(Urls.hasForeignScheme("1a:b")).isFalse();
        assertThat(Urls.hasForeignScheme(" javascript:x")).isFalse();
    }

    @Test
    void removesControlCharactersAndLeadingDotSegments() {
        assertThat(Urls.withoutControlChars("plain")).isSameAs("plain");
        assertThat(Urls.withoutControlChars("\u0000a\tb\u001f")).isEqualTo("ab");
        assertThat(Urls.withoutLeadingDotSegments("/a/./b")).isEqualTo("/a/./b");
        assertThat(Urls.withoutLeadingDotSegments("/./../a")).isEqualTo("/a");
        assertThat(Urls.withoutLeadingDotSegments("/.../a")).isEqualTo("/.../a");
    }

    @Test
    void linksWithMoreThanAHundredDotSegmentsAreNotResolved() throws Exception {
        String hundred = "../".repeat(Urls.MAX_DOT_SEGMENTS) + "a";
        assertThat(Urls.resolve("https://news.example/a/b", hundred)).isEqualTo("https://news.example/a");
        String more = "./" + hundred;
        assertThat(Urls.resolve("https://news.example/a/b", more)).isEmpty();
        assertThat(Urls.resolve("https://news.example/a/b", "https://x.example/" + more)).isEmpty();
        assertThat(Urls.resolve("https://news.example/" + more, "b")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Urls.resolve(new URL("https://news.example/"), more))
                .isInstanceOf(java.net.MalformedURLException.class);
    }
}
