package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Identifies the body language when no page-level source gave it: Japanese by kana, Chinese by Han
 * characters without kana, Korean by Hangul; other scripts by counting the {@code stopwords} of each
 * language. A language is named only with clear evidence ({@link #MIN_HITS} stopword hits and
 * {@link #MARGIN} times the runner-up); otherwise the field stays empty.
 */
public final class LanguageRule implements Rule {
    /** Stopword hits a language needs. */
    public static final int MIN_HITS = 5;
    /** How many times the runner-up's hits the winner needs. */
    public static final double MARGIN = 1.5;
    /** How much body text is looked at. */
    public static final int SAMPLE_CHARS = 20_000;

    /** The languages with stopwords, in {@link Phrases#languages()} order. */
    private static final List<String> LANGUAGES = new ArrayList<>();
    /** The folded stopwords, each with the set of {@link #LANGUAGES} (by index) that list it. */
    private static final StopwordTable STOPWORDS;
    /**
     * Bit {@code c} is set for every character {@code c} that is a {@link Character#isLetter letter}:
     * one lookup instead of Character's tables, for the sample's every character beyond ASCII.
     */
    private static final long[] LETTERS = new long[(Character.MAX_VALUE + 1) / 64];

    static {
        Map<String, Long> languagesOf = new HashMap<>();
        for (String lang : Phrases.languages()) {
            Set<String> words = new HashSet<>();
            for (String w : Phrases.entries(lang, "stopwords")) {
                words.add(Fold.line(w));
            }
            if (!words.isEmpty()) {
                if (LANGUAGES.size() == Long.SIZE) {
                    throw new IllegalStateException("more than " + Long.SIZE + " stopword languages");
                }
                long bit = 1L << LANGUAGES.size();
                LANGUAGES.add(lang);
                for (String w : words) {
                    languagesOf.merge(w, bit, (a, b) -> a | b);
                }
            }
        }
        STOPWORDS = new StopwordTable(languagesOf);
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            LETTERS[c >> 6] |= Character.isLetter(c) ? 1L << c : 0;
        }
    }

    /** Creates the rule. */
    public LanguageRule() {}

    @Override public String id() { return StandardRules.LANGUAGE; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public String description() { return "Identifies the body language by script and stopwords when the page does not say."; }

    @Override
    public void apply(Draft draft) {
        if (draft.metadata(MetadataField.LANGUAGE) != null) {
            return;
        }
        List<String> sample = new ArrayList<>();
        int chars = 0;
        for (Block b : draft.blocks()) {
            if (b.isBody() && chars < SAMPLE_CHARS) {
                sample.add(b.text());
                chars += b.text().length() + 1;
            }
        }
        String lang = identify(sample);
        if (lang != null) {
            draft.metadata(MetadataField.LANGUAGE, lang, "detected");
        }
    }

    /**
     * The language of some texts (the lines of one sample) by script, else by stopwords, or
     * {@code null} without clear evidence. Letters below U+1100 belong to none of the counted
     * scripts, so only their number is taken.
     */
    static @Nullable String identify(List<String> texts) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (String text : texts) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x1100) {
                    letters += isLetter(c) ? 1 : 0;
                    continue;
                }
                if (!isLetter(c)) {
                    continue;
                }
                letters++;
                Character.UnicodeScript s = Character.UnicodeScript.of(c);
                if (s == Character.UnicodeScript.HAN) {
                    han++;
                } else if (s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA) {
                    kana++;
                } else if (s == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
        }
        if (letters == 0) {
            return null;
        }
        if (kana * 10 >= letters) {
            return "ja";
        }
        if (han * 2 >= letters) {
            return "zh";
        }
        if (hangul * 2 >= letters) {
            return "ko";
        }
        int[] hits = new int[LANGUAGES.size()];
        Map<String, Long> nonAscii = new HashMap<>();
        for (String text : texts) {
            countStopwords(text, hits, nonAscii);
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (int l = 0; l < hits.length; l++) {
            if (hits[l] > bestHits) {
                second = bestHits;
                bestHits = hits[l];
                best = LANGUAGES.get(l);
            } else if (hits[l] > second) {
                second = hits[l];
            }
        }
        return bestHits >= MIN_HITS && bestHits >= MARGIN * second ? best : null;
    }

    /**
     * Adds to {@code hits} (by language index) one for every language that lists a word of the text.
     * Words of ASCII letters and apostrophes ({@code '} or {@code ’}) are looked up in place;
     * {@code nonAscii} keeps the languages of the other words looked up so far, by the word as
     * written: a page repeats its stopwords, and such a word is folded to be looked up.
     */
    private static void countStopwords(String text, int[] hits, Map<String, Long> nonAscii) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (separatesWords(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            boolean inPlace = true;
            while (i < n && !separatesWords(cp = text.codePointAt(i))) {
                inPlace &= cp < 0x80 || cp == '’';
                i += Character.charCount(cp);
            }
            long languages = inPlace ? STOPWORDS.languagesOfAscii(text, start, i)
                    : nonAscii.computeIfAbsent(text.substring(start, i), w -> STOPWORDS.languagesOf(Fold.line(w)));
            for (; languages != 0; languages &= languages - 1) {
                hits[Long.numberOfTrailingZeros(languages)]++;
            }
        }
    }

    /** Anything but letters, marks and apostrophes separates words (in ASCII: anything but letters and {@code '}). */
    private static boolean separatesWords(int cp) {
        if (cp < 0x80) {
            return !isAsciiLetter(cp) && cp != '\'';
        }
        if ((cp <= Character.MAX_VALUE ? isLetter((char) cp) : Character.isLetter(cp)) || cp == '’') {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }

    private static boolean isLetter(char c) {
        return (LETTERS[c >> 6] & 1L << c) != 0;
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The folded stopwords in an open-addressing table, so that a word of ASCII letters and
     * apostrophes is looked up in place, folded on the fly, without building a string.
     */
    private static final class StopwordTable {
        private final String[] words;
        /** The {@link String#hashCode()} of the word in each slot: compared before the word itself. */
        private final int[] hashes;
        private final long[] languages;
        private final int mask;

        StopwordTable(Map<String, Long> languagesOf) {
            int size = Integer.highestOneBit(Math.max(languagesOf.size(), 1) * 4);
            words = new String[size];
            hashes = new int[size];
            languages = new long[size];
            mask = size - 1;
            languagesOf.forEach((word, langs) -> {
                int slot = spread(word.hashCode()) & mask;
                while (words[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                words[slot] = word;
                hashes[slot] = word.hashCode();
                languages[slot] = langs;
            });
        }

        /** The languages listing a folded word, as bits by index. */
        long languagesOf(String folded) {
            for (int slot = spread(folded.hashCode()) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == folded.hashCode() && words[slot].equals(folded)) {
                    return languages[slot];
                }
            }
            return 0;
        }

        /**
         * {@link #languagesOf} the word {@code text[start, end)}, made of ASCII letters and
         * apostrophes ({@code '} or {@code ’}), folded as {@link Fold#line} does: lower case,
         * {@code ’} made {@code '}, apostrophes stripped from both ends.
         */
        long languagesOfAscii(String text, int start, int end) {
            while (start < end && lower(text.charAt(start)) == '\'') {
                start++;
            }
            while (end > start && lower(text.charAt(end - 1)) == '\'') {
                end--;
            }
            int hash = 0;
            for (int i = start; i < end; i++) {
                hash = 31 * hash + lower(text.charAt(i));
            }
            for (int slot = spread(hash) & mask; words[slot] != null; slot = (slot + 1) & mask) {
                if (hashes[slot] == hash && equalsLowered(words[slot], text, start, end)) {
                    return languages[slot];
                }
            }
            return 0;
        }

        private static boolean equalsLowered(String word, String text, int start, int end) {
            if (word.length() != end - start) {
                return false;
            }
            for (int i = start; i < end; i++) {
                if (word.charAt(i - start) != lower(text.charAt(i))) {
                    return false;
                }
            }
            return true;
        }

        /** An ASCII letter in lower case, and {@code ’} as {@code '}. */
        private static char lower(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '’' ? '\'' : c;
        }

        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
    }
}
