package dev.winnow.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Site rules that should fail at load ({@code testdata/sites-hostile/}): refused there, with a warning naming them. */
class HostileSiteRulesTest {
    private static final Path DIR = TestFiles.TESTDATA.resolve("sites-hostile");
    private static final String PROSE = "The city council approved the new tram line on Tuesday evening, after a debate "
            + "that lasted more than six hours and drew a crowd to the town hall.";

    @Test
    void aFileNameWithoutAHostIsSkippedWithAWarning() throws IOException {
        SiteRules rules = SiteRules.loadFtr(DIR);
        assertThat(rules.sites()).extracting(SiteConfig::host)
                .containsExactlyInAnyOrder("fine.example", "whole-page-predicate.example");
        assertThat(rules.report().warnings()).anyMatch(w -> w.startsWith("...txt: skipped: not a site file name"));
        for (String name : new String[] {"...txt", ".txt", "a..b.txt", ".example..txt", "-.txt", "a b.example.txt",
                "x".repeat(64) + ".example.txt"}) {
            assertThat(FtrFormat.scope(name)).as(name).isNull();
        }
        assertThat(FtrFormat.scope("news.example.txt")).isNotNull();
        assertThat(FtrFormat.scope(".news.example.txt")).isNotNull();
        assertThat(FtrFormat.scope("xn--bcher-kva.example.txt")).isNotNull();
        assertThatThrownBy(() -> SiteConfig.forHost(".")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a host name");
    }

    @Test
    void anXPathThatReadsTheWholePageInAPredicateIsIgnoredAtLoad() throws IOException {
        SiteRules rules = SiteRules.loadFtr(DIR);
        SiteConfig site = rules.sites().stream().filter(s -> s.host().equals("whole-page-predicate.example")).findFirst()
                .orElseThrow();
        assertThat(site.strip()).isEmpty();
        assertThat(site.stripIdOrClass()).containsExactly("promo-box");
        assertThat(rules.report().warnings()).filteredOn(w -> w.contains("refused: a predicate holds an absolute path"))
                .hasSize(2);
        assertThat(Selector.xpath("//table[.//a[contains(@href, 'twitter.com')]]").isXpath()).isTrue();
        assertThat(Selector.xpath("substring-after(//h2[@class='author'], 'By ')").isXpath()).isTrue();
        assertThat(Selector.xpath("//p[@class='a/b']").isXpath()).isTrue();
        for (String x : new String[] {"//p[count(//p) > 3]", "//a[@href = /html/head/link/@href]", "//div[1 and //b]"}) {
            assertThatThrownBy(() -> Selector.xpath(x)).as(x).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("absolute path");
        }
    }

    @Test
    void aCssSelectorWithABacktrackingRegexIsIgnoredAtLoad() throws IOException {
        SiteRules rules = SiteRules.loadJson(DIR.resolve("hostile-sites.json"));
        SiteConfig site = rules.sites().get(0);
        assertThat(site.body()).isEmpty();
        assertThat(site.strip()).extracting(Selector::expression).containsExactly(".promo-box");
        assertThat(site.title()).extracting(Selector::expression).containsExactly("h1:matches((?i)^council)");
        assertThat(rules.report().warnings()).filteredOn(w -> w.contains("refused in a site selector")).hasSize(2);

        for (String css : new String[] {"p:matches(.+.+z)", "p:MATCHES(a*)", "p:matchesWholeOwnText(a|b)",
                "a[href~=(x+)+y]", "a[href~='.{2,}']", "p:matches(\\(x\\))", "p:matches(" + "a".repeat(201) + ")"}) {
            assertThatThrownBy(() -> Selector.css(css)).as(css).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("refused in a site selector");
        }
        for (String css : new String[] {"a[href~=\\.pdf$]", "p:matchesOwn(^Related[:.] )", "div + p", "ul > li *",
                "p:contains(a+b)"}) {
            assertThat(Selector.css(css).expression()).isEqualTo(css);
        }
    }

    @Test
    void aSymbolicLinkToADeviceOrAHugeFileIsSkippedWithAWarning(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fine.example.txt"), "title: //h1\n");
        Files.write(dir.resolve("huge.example.txt"), new byte[SiteRules.MAX_FTR_FILE_BYTES + 1]);
        Path zero = Path.of("/dev/zero");
        boolean link = Files.exists(zero);
        if (link) {
            Files.createSymbolicLink(dir.resolve("zero.example.txt"), zero);
        }
        SiteRules rules = SiteRules.loadFtr(dir);
        assertThat(rules.sites()).extracting(SiteConfig::host).containsExactly("fine.example");
        assertThat(rules.report().warnings()).anyMatch(w -> w.startsWith("huge.example.txt: skipped: larger than 1024 KiB"));
        assumeTrue(link, "no /dev/zero here");
        assertThat(rules.report().warnings()).anyMatch(w -> w.startsWith("zero.example.txt: skipped: not a regular file"));
    }

    @Test
    void aHugeReplaceStringIsIgnoredAtLoadAndReplacementsStopBeforeThePageGrowsTooMuch(@TempDir Path dir)
            throws IOException {
        String big = "x".repeat(128 * 1024);
        Files.writeString(dir.resolve("grow.example.txt"), "find_string: <b>\nreplace_string: " + big + "\n"
                + "replace_string(zq): " + "y".repeat(SiteConfig.Replacement.MAX_CHARS) + "\n");
        SiteRules rules = SiteRules.loadFtr(dir);
        assertThat(rules.report().warnings()).anyMatch(w -> w.contains("replace_string")
                && w.contains("longer than " + SiteConfig.Replacement.MAX_CHARS + " characters"));
        SiteConfig site = rules.sites().get(0);
        assertThat(site.replacements()).extracting(SiteConfig.Replacement::find).containsExactly("zq");

        String page = "<html><head><meta name=\"keywords\" content=\"" + "zq ".repeat(2_000) + "\"></head><body><article><p>"
                + PROSE + "</p></article></body></html>";   // 2,000 replacements would add 2 MB to the head
        Report report = Cleaner.builder().use(rules).build().explain(Input.html(page, "https://grow.example/a"));
        assertThat(report.article().bodyText()).contains("approved the new tram line");
        assertThat(report.trace()).anySatisfy(d -> assertThat(d.toString())
                .contains("stopped before the HTML grew by more than " + SiteReplaceRule.MAX_GROWTH + " characters"));
    }
}
