package dev.winnow.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.bench.Corpus;
import dev.winnow.bench.Flattener;
import java.text.Normalizer;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Fold#line} folds every line as it did before chars were folded one by one: the Unicode
 * facts that make {@link Fold#foldsAlone} exact hold for every char, and the fold equals the whole-line
 * {@link #reference} on every char in many surroundings, on every line of the benchmark corpus (raw
 * HTML and flattened text) and on random lines of many scripts. Set the system property
 * {@value #RANDOM_LINES} for more random lines than the default.
 */
class FoldTest {
    /** System property: how many random lines to compare. */
    static final String RANDOM_LINES = "winnow.foldTest.randomLines";

    /** {@link Fold#line} as it was before chars were folded alone: whole-line NFKC and case folding. */
    private static String reference(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC)
                .replace('İ', 'i').replace('ı', 'i')
                .toLowerCase(Locale.ROOT)
                .replace("\u0307", "")
                .replace('’', '\'').replace('‘', '\'').replace('`', '\'');
        int start = 0;
        int end = s.length();
        while (start < end && !isKept(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && !isKept(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return Texts.normalizeSpace(s.substring(start, end));
    }

    private static boolean isKept(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || cp == '{' || cp == '}';
    }

    /** How many lines {@link #assertFoldsAsBefore} compared, and how many of them fold char by char (not all ASCII). */
    private long compared;
    private long foldedAlone;

    private void assertFoldsAsBefore(String line) {
        compared++;
        if (line.chars().anyMatch(c -> c >= 0x80) && line.chars().allMatch(c -> Fold.foldsAlone((char) c))) {
            foldedAlone++;
        }
        String folded = Fold.line(line);
        if (!folded.equals(reference(line))) { // assertThat only on failure: millions of lines
            assertThat(folded).as("fold of %s", line.codePoints().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(reference(line));
        }
    }

    @Test
    void everyCharThatFoldsAloneDecomposesToAClassZeroCharThatComposesWithNothingBefore() {
        BitSet composesWithOneBefore = new BitSet(); // the code points after the first of a canonical decomposition
        for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
            String decomposed = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD);
            decomposed.codePoints().skip(1).forEach(composesWithOneBefore::set);
        }
        assertThat(composesWithOneBefore.get(0x0301)).isTrue();
        assertThat(composesWithOneBefore.get(0x1161)).isTrue(); // Hangul vowel jamo
        int alone = 0;
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (Fold.foldsAlone((char) c)) {
                alone++;
                int first = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFKD).codePointAt(0);
                assertThat(composesWithOneBefore.get(first)).as("U+%04X", c).isFalse();
                assertThat(hasClassZero(first)).as("U+%04X", c).isTrue();
            }
        }
        assertThat(alone).isGreaterThan(40_000);
    }

    /** Whether a decomposed char has canonical combining class 0: else it would swap with U+0334 (class 1) after it or U+0345 (class 240) before it. */
    private static boolean hasClassZero(int cp) {
        String c = Character.toString(cp);
        return Normalizer.normalize("a" + c + "\u0334", Normalizer.Form.NFD).equals("a" + c + "\u0334")
                && Normalizer.normalize("a\u0345" + c, Normalizer.Form.NFD).equals("a\u0345" + c);
    }

    @Test
    void knownTrapsFoldAsBefore() {
        assertThat(Fold.line("ΟΔΟΣ ΟΔΟΣ.")).isEqualTo("οδος οδος"); // final sigma depends on the neighbours
        assertThat(Fold.line("İstanbul ılık")).isEqualTo("istanbul ilik");
        assertThat(Fold.line("ｶﾞ")).isEqualTo("ガ"); // half-width voiced mark composes with the kana before
        assertThat(Fold.line("“Café”\u00A0–\u200B ok")).isEqualTo("café” – ok");
        for (String line : new String[] {"ΟΔΟΣ", "Ϲx ϹΣ", "ᄀ\u1161", "ㄱㅏ", "가\u11A8", "e\u0301", "i\u0307", "ﬁ …", "Ａｂｃ"}) {
            assertFoldsAsBefore(line);
        }
    }

    @Test
    void everyCharFoldsAsBeforeAloneAndBetweenOthers() {
        String[][] around = {{"", ""}, {"a", "b"}, {"É", "ж"}, {"“", "”"}, {"x ", "\u00A0y"}, {"ΑΒ", "ς"},
            {"ｶ", ""}, {"e", "\u0301"}, {"\u1100", ""}, {"가", ""}, {"ı", "İ"}, {"\u200B", "\u2009"}, {"ǅ", "1"}};
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            for (String[] a : around) {
                assertFoldsAsBefore(a[0] + (char) c + a[1]);
            }
        }
        assertThat(compared).isEqualTo(65_536L * around.length);
    }

    @Test
    void everyLineOfTheCorpusFoldsAsBefore() {
        Optional<Corpus> corpus = Corpus.find();
        assumeTrue(corpus.isPresent(), "benchmark corpus not found at " + Corpus.location());
        Flattener flattener = new Flattener();
        for (String id : corpus.get().ids()) {
            String html = corpus.get().html(id);
            html.lines().forEach(this::assertFoldsAsBefore);
            flattener.flatten(html).lines().forEach(this::assertFoldsAsBefore);
        }
        System.out.printf("FoldTest: %,d corpus lines as before, %,d of them folded char by char%n", compared, foldedAlone);
        assertThat(foldedAlone).isGreaterThan(1000);
    }

    /** Runs of chars to draw random lines from: many scripts, the traps, and what folds alone or not. */
    private static final int[][] RANGES = {
        {' ', '~'}, {'a', 'z'}, {0x00A0, 0x00FF}, {0x0100, 0x024F}, {0x0370, 0x03FF}, {0x03A3, 0x03A3},
        {0x0400, 0x04FF}, {0x2000, 0x206F}, {0x0300, 0x036F}, {0x1AB0, 0x1AFF}, {0x20D0, 0x20FF},
        {0x0590, 0x06FF}, {0x0900, 0x0DFF}, {0x1100, 0x11FF}, {0x3130, 0x318F}, {0xAC00, 0xD7AF},
        {0xA960, 0xA97F}, {0xD7B0, 0xD7FF}, {0xFFA0, 0xFFDC}, {0x3000, 0x30FF}, {0x4E00, 0x9FFF},
        {0xF900, 0xFAFF}, {0xFB00, 0xFB4F}, {0xFF00, 0xFFEF}, {0x2100, 0x24FF}, {0x3200, 0x33FF},
        {0x1E00, 0x1FFF}, {0xFE00, 0xFE0F}, {0x1F300, 0x1F6FF}, {0x1F3FB, 0x1F3FF}, {0xD800, 0xDFFF},
        {0x0130, 0x0131}, {0x0307, 0x0307}, {0x00AD, 0x00AD}, {0x200B, 0x200F}, {0xFEFF, 0xFEFF},
        {0x1680, 0x1680}, {0x2028, 0x2029}, {0x202F, 0x202F}, {0x03F9, 0x03F9}, {0x0000, 0xFFFF},
    };

    @Test
    void randomLinesFoldAsBefore() {
        int lines = Integer.getInteger(RANDOM_LINES, 100_000);
        Random random = new Random(20_261_127);
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < lines; n++) {
            // Most lines draw from few ranges, so that many fold char by char.
            int[][] ranges = new int[1 + random.nextInt(3)][];
            for (int r = 0; r < ranges.length; r++) {
                ranges[r] = RANGES[random.nextInt(RANGES.length)];
            }
            line.setLength(0);
            for (int length = random.nextInt(24); line.length() < length; ) {
                int[] range = ranges[random.nextInt(ranges.length)];
                line.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            }
            assertFoldsAsBefore(line.toString());
        }
        System.out.printf("FoldTest: %,d random lines as before, %,d of them folded char by char%n", compared, foldedAlone);
        assertThat(foldedAlone).isGreaterThan(lines / 20);
    }
}
