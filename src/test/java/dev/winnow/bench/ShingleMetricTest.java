package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShingleMetricTest {
    private static final double EXACT = 1e-12;

    // ---------------------------------------------------------------- tokens

    @Test
    void tokensAreRunsOfPythonWordCharacters() {
        assertThat(ShingleMetric.tokens("Hello, world! It's 3.5")).containsExactly("Hello", "world", "It", "s", "3", "5");
        assertThat(ShingleMetric.tokens("don\u2019t 10,000")).containsExactly("don", "t", "10", "000");
        assertThat(ShingleMetric.tokens("snake_case")).containsExactly("snake_case");
        assertThat(ShingleMetric.tokens("\u4e2d\u6587 \ud55c\uad6d\uc5b4")).containsExactly("\u4e2d\u6587", "\ud55c\uad6d\uc5b4");
        assertThat(ShingleMetric.tokens("")).isEmpty();
        assertThat(ShingleMetric.tokens(null)).isEmpty();
        assertThat(ShingleMetric.tokens(" .,;!? \n\n ")).isEmpty();
    }

    @Test
    void tokensFollowPythonNotJavaWordClasses() {
        // Python's \w: letters, Nd/Nl/No numbers and '_' only.
        assertThat(ShingleMetric.tokens("x\u00b2 \u00bd \u2167")).containsExactly("x\u00b2", "\u00bd", "\u2167");
        // Combining marks are not word characters in Python: "cafe" + U+0301 ends the token.
        assertThat(ShingleMetric.tokens("cafe\u0301 na\u00efve")).containsExactly("cafe", "na\u00efve");
        assertThat(ShingleMetric.tokens("\u0915\u093f\u0924\u093e\u092c")).containsExactly("\u0915", "\u0924", "\u092c");
        // Connector punctuation other than '_' separates.
        assertThat(ShingleMetric.tokens("x\u203fy")).containsExactly("x", "y");
        // Supplementary code points are read whole (U+1D400 is a letter, U+1F600 is not).
        assertThat(ShingleMetric.tokens("\ud835\udc00b \ud83d\ude00 c")).containsExactly("\ud835\udc00b", "c");
    }

    // ---------------------------------------------------------------- shingles

    @Test
    void shinglesAreAMultisetOfFourTokenRuns() {
        assertThat(ShingleMetric.shingles(List.of("a", "b", "c", "d", "a", "b", "c", "d")))
                .containsOnly(Map.entry("a b c d", 2), Map.entry("b c d a", 1), Map.entry("c d a b", 1),
                        Map.entry("d a b c", 1));
        assertThat(ShingleMetric.shingles(List.of("one", "two"))).containsOnly(Map.entry("one two", 1));
        assertThat(ShingleMetric.shingles(List.of())).isEmpty();
    }

    // ---------------------------------------------------------------- pages

    @Test
    void identicalTextsScoreOne() {
        ShingleMetric.Page page = ShingleMetric.score("p", "One two three four five.", "One, two; three four\n\nfive");
        assertThat(page.precision()).hasValue(1.0);
        assertThat(page.recall()).hasValue(1.0);
        assertThat(page.f1()).isEqualTo(1.0);
        assertThat(page.exact()).isTrue();
    }

    @Test
    void missingTailLowersRecallOnly() {
        // gold shingles {abcd, bcde}, predicted {abcd}: tp 1, fp 0, fn 1 of 2
        ShingleMetric.Page page = ShingleMetric.score("p", "a b c d e", "a b c d");
        assertThat(page.rawTp()).isEqualTo(1);
        assertThat(page.rawFp()).isZero();
        assertThat(page.rawFn()).isEqualTo(1);
        assertThat(page.tp()).isEqualTo(0.5);
        assertThat(page.fn()).isEqualTo(0.5);
        assertThat(page.precision().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(page.recall().getAsDouble()).isCloseTo(0.5, within(EXACT));
        assertThat(page.f1()).isCloseTo(2.0 / 3.0, within(EXACT));
        assertThat(page.exact()).isFalse();
    }

    @Test
    void extraTextLowersPrecisionOnly() {
        // gold {abcd}, predicted {abcd, bcde}
        ShingleMetric.Page page = ShingleMetric.score("p", "a b c d", "a b c d e");
        assertThat(page.precision().getAsDouble()).isCloseTo(0.5, within(EXACT));
        assertThat(page.recall().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(page.f1()).isCloseTo(2.0 / 3.0, within(EXACT));
    }

    @Test
    void repeatedShinglesCountAsAMultiset() {
        // gold {abcd x2, bcda, cdab, dabc}, predicted {abcd}: tp 1, fn 4, total 5
        ShingleMetric.Page page = ShingleMetric.score("p", "a b c d a b c d", "a b c d");
        assertThat(page.tp()).isCloseTo(0.2, within(EXACT));
        assertThat(page.fn()).isCloseTo(0.8, within(EXACT));
        assertThat(page.precision().getAsDouble()).isCloseTo(1.0, within(EXACT));
        assertThat(page.recall().getAsDouble()).isCloseTo(0.2, within(EXACT));
        assertThat(page.f1()).isCloseTo(1.0 / 3.0, within(EXACT));
    }

    @Test
    void shortTextsAreOneShingle() {
        assertThat(ShingleMetric.score("p", "one two", "one two").f1()).isEqualTo(1.0);
        ShingleMetric.Page page = ShingleMetric.score("p", "one two", "one two three");
        assertThat(page.precision()).hasValue(0.0);
        assertThat(page.recall()).hasValue(0.0);
        assertThat(page.f1()).isZero();
    }

    @Test
    void caseIsKept() {
        ShingleMetric.Page page = ShingleMetric.score("p", "The cat sat down", "the cat sat down");
        assertThat(page.rawTp()).isZero();
        assertThat(page.exact()).isFalse();
    }

    @Test
    void emptyPredictionHasNoPrecision() {
        ShingleMetric.Page page = ShingleMetric.score("p", "a b c d", "  ... ");
        assertThat(page.precision()).isEmpty();
        assertThat(page.recall()).hasValue(0.0);
        assertThat(page.f1()).isZero();
        assertThat(page.predTokens()).isZero();
    }

    // ---------------------------------------------------------------- corpus

    @Test
    void corpusF1IsHarmonicMeanOfMeanPrecisionAndRecall() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a", "a b c d e");
        gold.put("b", "a b c d");
        Map<String, String> pred = Map.of("a", "a b c d", "b", "a b c d e");
        ShingleMetric.Score score = ShingleMetric.score(gold, pred);
        // page a: P 1, R 1/2; page b: P 1/2, R 1 -> means 3/4 and 3/4, F1 3/4 (mean page F1 is 2/3)
        assertThat(score.precision()).isCloseTo(0.75, within(EXACT));
        assertThat(score.recall()).isCloseTo(0.75, within(EXACT));
        assertThat(score.f1()).isCloseTo(0.75, within(EXACT));
        assertThat(score.accuracy()).isZero();
        assertThat(score.pages()).extracting(ShingleMetric.Page::id).containsExactly("a", "b");
    }

    @Test
    void emptyPagesCountForRecallOnly() {
        Map<String, String> gold = new LinkedHashMap<>();
        gold.put("a", "a b c d");
        gold.put("b", "e f g h");
        ShingleMetric.Score score = ShingleMetric.score(gold, Map.of("a", "a b c d"));
        // page a: P 1, R 1, exact; page b (missing = empty): no P, R 0
        assertThat(score.precision()).isCloseTo(1.0, within(EXACT));
        assertThat(score.recall()).isCloseTo(0.5, within(EXACT));
        assertThat(score.f1()).isCloseTo(2.0 / 3.0, within(EXACT));
        assertThat(score.accuracy()).isCloseTo(0.5, within(EXACT));
        assertThat(score.emptyPages()).isEqualTo(1);
        assertThat(score.precisionPages()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- against zyte_eval.py

    /**
     * Scores the outputs of the systems that ship with the corpus (output/*.json, written as
     * {@code <id>.txt} directories) with this class and with {@code zyte_eval.py eval}, and
     * compares the corpus figures (from its --json file, full precision), every page's figures
     * (from its --per-page TSV, 4 decimals) and the tokens of every gold and predicted text.
     */
    @Test
    void agreesWithZyteEvalOnTheCorpusSystems(@TempDir Path tmp) throws Exception {
        Optional<Corpus> found = Corpus.find();
        assumeTrue(found.isPresent(), "benchmark corpus not found at " + Corpus.location());
        Corpus corpus = found.get();
        Path script = corpus.dir().getParent().getParent().resolve("tools").resolve("zyte_eval.py");
        assumeTrue(Files.isRegularFile(script), "no " + script);
        assumeTrue(Python.works(), "python3 not available");
        List<String> systems = corpus.systems();
        assumeTrue(!systems.isEmpty(), "no output/*.json in the corpus");

        Map<String, ShingleMetric.Score> ours = new LinkedHashMap<>();
        List<String> command = new ArrayList<>(List.of("python3", script.toString(), "eval",
                "--gt", corpus.dir().resolve("ground-truth.json").toString(), "--bootstrap", "0",
                "--json", tmp.resolve("py.json").toString(), "--per-page", tmp.resolve("pp.tsv").toString()));
        for (String system : systems) {
            Map<String, String> bodies = corpus.systemOutput(system);
            Path dir = Files.createDirectories(tmp.resolve("pred").resolve(system));
            for (Map.Entry<String, String> e : bodies.entrySet()) {
                Files.writeString(dir.resolve(e.getKey() + ".txt"), e.getValue(), StandardCharsets.UTF_8);
            }
            Map<String, String> read = new LinkedHashMap<>();
            for (String id : corpus.ids()) {
                Path f = dir.resolve(id + ".txt");
                read.put(id, Files.isRegularFile(f) ? Files.readString(f, StandardCharsets.UTF_8) : "");
            }
            ours.put(system, ShingleMetric.score(corpus.goldBodies(), read));
            command.add(system + "=" + dir);
        }
        Python.run(command, tmp.resolve("eval.log"));

        JsonNode py = new ObjectMapper().readTree(tmp.resolve("py.json").toFile());
        double maxDiff = 0;
        for (Map.Entry<String, ShingleMetric.Score> e : ours.entrySet()) {
            String system = e.getKey();
            ShingleMetric.Score s = e.getValue();
            JsonNode m = py.get(system);
            assertThat(m).as(system).isNotNull();
            maxDiff = Math.max(maxDiff, Math.max(
                    Math.max(Math.abs(s.f1() - m.get("f1").asDouble()), Math.abs(s.precision() - m.get("precision").asDouble())),
                    Math.max(Math.abs(s.recall() - m.get("recall").asDouble()), Math.abs(s.accuracy() - m.get("accuracy").asDouble()))));
            assertThat(s.f1()).as(system + " F1").isCloseTo(m.get("f1").asDouble(), within(1e-9));
            assertThat(s.precision()).as(system + " P").isCloseTo(m.get("precision").asDouble(), within(1e-9));
            assertThat(s.recall()).as(system + " R").isCloseTo(m.get("recall").asDouble(), within(1e-9));
            assertThat(s.accuracy()).as(system + " accuracy").isCloseTo(m.get("accuracy").asDouble(), within(1e-9));
            assertThat(s.emptyPages()).as(system + " empty").isEqualTo(m.get("empty_predictions").asInt());
            assertThat(s.precisionPages()).as(system + " precision pages").isEqualTo(m.get("precision_pages").asInt());

            List<String> rows = Files.readAllLines(tmp.resolve("pp." + system + ".tsv"), StandardCharsets.UTF_8);
            assertThat(rows).hasSize(s.pages().size() + 1);
            for (int i = 0; i < s.pages().size(); i++) {
                ShingleMetric.Page page = s.pages().get(i);
                String[] c = rows.get(i + 1).split("\t", -1);
                String where = system + " " + page.id();
                assertThat(c[0]).as(where).isEqualTo(page.id());
                assertThat(c[1].isEmpty()).as(where + " P defined").isEqualTo(page.precision().isEmpty());
                if (!c[1].isEmpty()) {
                    assertThat(page.precision().getAsDouble()).as(where + " P").isCloseTo(Double.parseDouble(c[1]), within(5.0001e-5));
                }
                assertThat(page.recall().getAsDouble()).as(where + " R").isCloseTo(Double.parseDouble(c[2]), within(5.0001e-5));
                assertThat(page.f1()).as(where + " F1").isCloseTo(Double.parseDouble(c[3]), within(5.0001e-5));
                assertThat(page.exact()).as(where + " exact").isEqualTo(c[4].equals("1"));
                assertThat(page.goldTokens()).as(where + " gold tokens").isEqualTo(Integer.parseInt(c[8]));
                assertThat(page.predTokens()).as(where + " pred tokens").isEqualTo(Integer.parseInt(c[9]));
            }
        }

        // Token by token: every gold body and every system's text, hashed on both sides.
        Path hashScript = tmp.resolve("hash_tokens.py");
        Files.writeString(hashScript, String.join("\n",
                "import hashlib, json, pathlib, sys",
                "sys.path.insert(0, sys.argv[1])",
                "import zyte_eval",
                "gold, _ = zyte_eval.load_gold(sys.argv[2])",
                "out = open(sys.argv[4], 'w', encoding='utf-8')",
                "def h(t):",
                "    return hashlib.sha256('\\x1f'.join(zyte_eval.tokens(t)).encode('utf-8', 'surrogatepass')).hexdigest()",
                "for k in sorted(gold):",
                "    out.write('gold\\t%s\\t%s\\n' % (k, h(gold[k])))",
                "for d in sorted(pathlib.Path(sys.argv[3]).iterdir()):",
                "    preds, _ = zyte_eval.load_pred_dir(d, sorted(gold))",
                "    for k in sorted(gold):",
                "        out.write('%s\\t%s\\t%s\\n' % (d.name, k, h(preds[k])))",
                ""), StandardCharsets.UTF_8);
        Path hashes = tmp.resolve("hashes.tsv");
        Python.run(List.of("python3", hashScript.toString(), script.getParent().toString(),
                corpus.dir().resolve("ground-truth.json").toString(), tmp.resolve("pred").toString(),
                hashes.toString()), tmp.resolve("hash.log"));
        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (String line : Files.readAllLines(hashes, StandardCharsets.UTF_8)) {
            String[] c = line.split("\t");
            String text = c[0].equals("gold") ? corpus.gold(c[1])
                    : Files.readString(tmp.resolve("pred").resolve(c[0]).resolve(c[1] + ".txt"), StandardCharsets.UTF_8);
            compared++;
            if (!sha256(String.join("\u001f", ShingleMetric.tokens(text))).equals(c[2])) {
                mismatches.add(c[0] + "/" + c[1]);
            }
        }
        assertThat(compared).isEqualTo(corpus.ids().size() * (systems.size() + 1));
        System.out.printf("zyte_eval.py cross-check: %d systems x %d pages, max |Java - Python| of F1/P/R/accuracy %.3g, "
                + "%d texts tokenised identically%n", systems.size(), corpus.ids().size(), maxDiff, compared - mismatches.size());
        assertThat(mismatches).as("texts whose tokens differ from zyte_eval.tokens").isEmpty();
    }

    private static String sha256(String s) throws NoSuchAlgorithmException {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    }
}
