package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Cleaner;
import dev.winnow.FailurePolicy;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.site.LoadReport;
import dev.winnow.site.SiteConfig;
import dev.winnow.site.SiteRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Loads every file of the shared ftr-site-config snapshot and cleans the benchmark corpus with them. */
class SiteRulesSnapshotTest {
    private static final Path SNAPSHOT = Path.of("../shared/ftr-site-config");

    @Test
    void everyBundledFileLoadsWithAReportOfWhatWasIgnored() throws IOException {
        assumeTrue(Files.isDirectory(SNAPSHOT), "no ftr-site-config snapshot at " + SNAPSHOT.toAbsolutePath());
        SiteRules rules = SiteRules.loadFtr(SNAPSHOT);
        LoadReport report = rules.report();
        long siteFiles;
        try (var files = Files.list(SNAPSHOT)) {
            siteFiles = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt") && !n.equals("global.txt") && !n.equals("LICENSE.txt")).count();
        }
        assertThat(report.failed()).isZero();
        assertThat(rules.sites()).hasSize((int) siteFiles);
        assertThat(report.supported()).containsKeys("body", "strip", "strip_id_or_class", "title", "author", "date");
        assertThat(report.ignored()).containsKeys("http_header", "login_uri", "tidy");
        assertThat(report.warnings()).hasSize(report.ignoredUses() + 1); // + LICENSE.txt skipped
        assertThat(rules.sites()).filteredOn(s -> s.host().equals("theguardian.com")).singleElement()
                .extracting(SiteConfig::body).asList().isNotEmpty();
    }

    @Test
    void theCorpusCleansWithAllSiteRulesAndNoRuleFailure() throws IOException {
        Optional<Corpus> found = Corpus.find();
        assumeTrue(found.isPresent() && Files.isDirectory(SNAPSHOT), "corpus or ftr-site-config snapshot missing");
        Corpus corpus = found.get();
        Cleaner cleaner = Cleaner.builder().use(SiteRules.loadFtr(SNAPSHOT)).onRuleFailure(FailurePolicy.FAIL).build();
        int covered = 0;
        for (String id : corpus.ids()) {
            String url = corpus.url(id);
            Article a = cleaner.clean(Input.html(corpus.html(id), url));
            if (cleaner.rulesFor(url) != cleaner.rules()) {
                covered++;
                assertThat(a.bodyText()).as(url).isNotBlank();
            }
        }
        assertThat(covered).isGreaterThan(50);
    }
}
