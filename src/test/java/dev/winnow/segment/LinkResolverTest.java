package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.internal.StringUtil;
import org.junit.jupiter.api.Test;

class LinkResolverTest {
    private static final String BASE = "https://news.example/world/story.html?id=7";

    /** What resolving through {@link URL} gives, as the resolver did for every link before its scheme check. */
    private static String throughUrl(String base, String href) {
        String h = href.strip();
        if (h.regionMatches(true, 0, "https://", 0, 8) || h.regionMatches(true, 0, "http://", 0, 7)) {
            return h;
        }
        try {
            String absolute = StringUtil.resolve(new URL(base), h).toExternalForm();
            return absolute.isEmpty() ? href : absolute;
        } catch (MalformedURLException | IllegalArgumentException e) {
            return href;
        }
    }

    @Test
    void resolvesEveryLinkAsUrlDoes() {
        List<String> hrefs = new ArrayList<>(List.of("javascript:void(0)", " JavaScript:alert(1) ", "tel:+1 555 0100",
                "whatsapp://send?text=x", "fb-messenger://share", "android-app://com.x/http/y", "data:text/plain,hi",
                "callto:someone", "sms:123", "ios-app://1/x", "ttps://broken", "mailto:desk@news.example",
                "MAILTO:Desk@News.example?subject=a b", "url:https://other.example/a", "URL:javascript:x",
                "ftp://files.example/a", "file:/etc/hosts", "jar:file:/x.jar!/a", "jrt:/java.base", "jmod:/x",
                "https://a.example/b", "HTTP://A.example", "/path/x", "../up", "./here", "?q=1", "#frag", "",
                "   ", "a:b", "a1+.-:x", "1abc:x", "-x:y", "x y:z", "dir/file:colon", "//cdn.example/x",
                "\u0001javascript:x", "java\tscript:x", "javascript\u0000:x", "é:x", "javascript", ":x",
                "https:relative", "http:/x", "news:comp.lang", "urn:isbn:1", "about:blank", "chrome://x",
                "javascript:", "JAVASCRIPT://x", "mailto:", "a.b:c", "skype:x?call", "intent://x#Intent;end"));
        for (String base : List.of(BASE, "http://x.example", "javascript:void(0)", "not a url", "")) {
            LinkResolver resolver = new LinkResolver(base);
            for (String href : hrefs) {
                assertThat(resolver.resolve(href)).as(base + " + " + href).isEqualTo(throughUrl(base, href));
            }
        }
    }
}
