package dev.winnow.rules;

import dev.winnow.internal.Fold;
import dev.winnow.internal.Texts;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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

    private static final Map<String, Set<String>> STOPWORDS = new LinkedHashMap<>();

    static {
        for (String lang : Phrases.languages()) {
            Set<String> words = new HashSet<>();
            for (String w : Phrases.entries(lang, "stopwords")) {
                words.add(Fold.line(w));
            }
            if (!words.isEmpty()) {
                STOPWORDS.put(lang, words);
            }
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
        StringBuilder sample = new StringBuilder();
        for (Block b : draft.blocks()) {
            if (b.isBody() && sample.length() < SAMPLE_CHARS) {
                sample.append(b.text()).append('\n');
            }
        }
        String lang = identify(sample);
        if (lang != null) {
            draft.metadata(MetadataField.LANGUAGE, lang, "detected");
        }
    }

    static String identify(CharSequence text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetter(c)) {
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
        Map<String, Integer> hits = new HashMap<>();
        for (String word : Texts.split(text.toString(), LanguageRule::separatesWords)) {
            if (word.isEmpty()) {
                continue;
            }
            String w = isAsciiLetters(word) ? word.toLowerCase(java.util.Locale.ROOT) : Fold.line(word);
            for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestHits) {
                second = bestHits;
                bestHits = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return bestHits >= MIN_HITS && bestHits >= MARGIN * second ? best : null;
    }

    /** Anything but letters, marks and apostrophes separates words. */
    private static boolean separatesWords(int cp) {
        if (Character.isLetter(cp) || cp == '\'' || cp == '’') {
            return false;
        }
        int type = Character.getType(cp);
        return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                && type != Character.ENCLOSING_MARK;
    }

    /** Whether a word is made of ASCII letters only (folding it is lower-casing it). */
    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
