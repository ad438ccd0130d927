package dev.winnow.robust;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.winnow.Cleaner;
import dev.winnow.FailurePolicy;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.write.JsonWriter;
import dev.winnow.write.MarkdownWriter;

/**
 * The entry points that the Jazzer fuzz tests drive: {@link FuzzBytesTest}, {@link FuzzHtmlTest},
 * {@link FuzzTextTest} and {@link FuzzSiteRulesTest}, one class each, because Jazzer fuzzes one test
 * per JVM and Surefire forks per class ({@code mvn -B -Pfuzz test} fuzzes them two at a time). In a
 * normal build they run in regression mode over the inputs in
 * {@code src/test/resources/dev/winnow/robust/<class>Inputs/<method>/} (every input that once broke
 * something goes there). Any exception or hang is a finding: content must never make Winnow throw.
 */
final class FuzzTargets {
    private static final Cleaner CLEANER = Cleaner.builder().onRuleFailure(FailurePolicy.FAIL)
            .limits(dev.winnow.Limits.standard().withMaxInputBytes(1 << 20)).build();

    /** A cleaner with a site config that exercises every kind of site rule on news.example. */
    private static final Cleaner SITE_CLEANER = Cleaner.builder().onRuleFailure(FailurePolicy.FAIL)
            .limits(dev.winnow.Limits.standard().withMaxInputBytes(1 << 20))
            .use(dev.winnow.site.SiteRules.of(java.util.List.of(dev.winnow.site.SiteConfig.forHost("news.example")
                    .replace("<b", "<strong").replace("</b>", "</strong>")
                    .body("//article | //div[contains(@class,'story')]").body("main p")
                    .strip("//aside").stripIdOrClass("ad").stripImageSrc("track").stripAttr("//img/@srcset")
                    .dissolve("//span").wrapIn("blockquote", "p.quote")
                    .title("//h1").author("//*[@rel='author']").date("//time/@datetime")
                    .nextPageLink(dev.winnow.site.Selector.xpath("//a[@rel='next']"))
                    .nativeAdClue(dev.winnow.site.Selector.css(".sponsored"))
                    .relatedHeading("More stories").paywallPhrase("Subscribe to read").prune(false).build())))
            .build();

    private FuzzTargets() {
    }

    private static void render(Article a) {
        new JsonWriter().render(a);
        new MarkdownWriter().render(a);
    }

    static void bytes(byte[] data) {
        render(CLEANER.clean(Input.bytes(data)));
    }

    static void html(FuzzedDataProvider data) {
        String url = data.consumeBoolean() ? "https://news.example/" + data.consumeString(20) : null;
        render(CLEANER.clean(Input.html(data.consumeRemainingAsString(), url)));
    }

    static void siteRules(FuzzedDataProvider data) {
        render(SITE_CLEANER.clean(Input.html(data.consumeRemainingAsString(), "https://news.example/a")));
    }

    static void text(FuzzedDataProvider data) {
        render(CLEANER.clean(Input.text(data.consumeRemainingAsString())));
    }
}
