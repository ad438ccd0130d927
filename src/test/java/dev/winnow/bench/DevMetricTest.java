package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.winnow.Cleaner;
import dev.winnow.model.Removed;
import dev.winnow.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevMetricTest {
    @Test
    void tokenScoresAreBagsOfLowerCaseWords() {
        DevMetric.Tokens t = DevMetric.tokens("The cat sat on the mat.", "the CAT sat, the dog");
        // gold: the x2, cat, sat, on, mat; predicted: the x2, cat, sat, dog: 4 in common
        assertThat(t.tp()).isEqualTo(4);
        assertThat(t.pred()).isEqualTo(5);
        assertThat(t.gold()).isEqualTo(6);
        assertThat(t.f1()).isCloseTo(2 * 0.8 * (4 / 6.0) / (0.8 + 4 / 6.0), within(1e-12));
        assertThat(DevMetric.tokens("a b", "").f1()).isZero();
    }

    @Test
    void snippetsAreFoundAfterWhitespaceIsCollapsedAndCaseKept() {
        DevMetric.Snippets s = DevMetric.snippets(List.of("sat on\nthe  mat", "The Dog"), List.of("Home", "cat"),
                "the cat sat on the mat\n\nthe dog");
        assertThat(s).isEqualTo(new DevMetric.Snippets(1, 1, 1, 1));
        assertThat(s.f1()).isCloseTo(2.0 / 4, within(1e-12));
    }

    @Test
    void chargesMissingGoldToTheRuleThatRemovedIt() {
        Map<String, Double> lost = DevMetric.lostByRule("alpha beta gamma delta", "alpha",
                List.of(new Removed("beta gamma", Role.NAVIGATION, "nav"), new Removed("menu", Role.NAVIGATION, "nav")));
        assertThat(lost).containsOnlyKeys("nav", DevMetric.NEVER_SEGMENTED);
        assertThat(lost.get("nav")).isCloseTo(0.5, within(1e-12));
        assertThat(lost.get(DevMetric.NEVER_SEGMENTED)).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void splitsPagesByTheLowBitOfTheirSha1() {
        // hashlib.sha1(stem.encode()).digest()[0] % 2 == 0, computed in Python
        assertThat(DevCorpus.isTuning("0001")).isTrue();
        assertThat(DevCorpus.isTuning("0002")).isFalse();
        assertThat(DevCorpus.isTuning("social-buttons")).isTrue();
        assertThat(DevCorpus.isTuning("5fa3154ec031ab35")).isTrue();
    }

    /** The harness's page figures and score.py's, on the same outputs of wcxb-dev (tokens and snippets). */
    @Test
    void agreesWithScorePy(@TempDir Path tmp) throws Exception {
        Optional<DevCorpus> corpus = DevCorpus.find("wcxb-dev");
        assumeTrue(corpus.isPresent(), "dev corpora not found at " + DevCorpus.root());
        Path script = DevCorpus.root().resolve("../../tools/devscore/score.py").normalize();
        assumeTrue(Files.isRegularFile(script), "no " + script);
        assumeTrue(Python.works(), "python3 not available");

        Path out = tmp.resolve("wcxb-dev-html");
        Files.createDirectories(out);
        DevQualityHarness.Run run = DevQualityHarness.run(corpus.get(), "html",
                DevQualityHarness.winnow(Cleaner.standard()), 2, out);
        Path report = tmp.resolve("report.json");
        Python.run(List.of("python3", script.toString(), "--outputs", tmp.toString(), "--corpus", "wcxb-dev",
                "--mode", "html", "--root", DevCorpus.root().toString(), "--report", report.toString()), tmp.resolve("log"));

        JsonNode scored = new ObjectMapper().readTree(report.toFile()).path("corpora").path("wcxb-dev");
        JsonNode summary = scored.path("summary");
        assertThat(run.all().f1()).isCloseTo(summary.path("tokens").path("f1").asDouble(), within(1e-9));
        assertThat(run.snippetF1()).isCloseTo(summary.path("snippets").path("f1").asDouble(), within(1e-9));
        for (DevQualityHarness.PageResult p : run.pages()) {
            JsonNode row = scored.path("pages").path(p.stem());
            assertThat(p.tokens().f1()).as(p.stem()).isCloseTo(row.path("tok_f1").asDouble(), within(5e-5));
            JsonNode c = row.path("snippets_tp_fp_fn_tn");
            assertThat(List.of(p.snippets().tp(), p.snippets().fp(), p.snippets().fn(), p.snippets().tn()))
                    .as(p.stem()).containsExactly(c.get(0).asInt(), c.get(1).asInt(), c.get(2).asInt(), c.get(3).asInt());
        }
        assertThat(run.pages()).hasSize(corpus.get().pages().size());
    }
}
