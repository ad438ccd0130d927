package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Ending;
import dev.winnow.model.Role;
import dev.winnow.model.TruncationKind;
import dev.winnow.reading.ClassWords;
import dev.winnow.reading.JsonLd;
import dev.winnow.reading.PageElements;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Judges how the body ends, in this order of evidence:
 * <ol>
 *   <li>a character-count marker at the end of the last block ({@code … [+2829 chars]}), or alone
 *       on the line after it: removed from the text, reported with the missing count;</li>
 *   <li>a paywall or read-more trailer line right after the body (see {@link TeaserLinesRule});</li>
 *   <li>in HTML, a declared paywall: JSON-LD {@code "isAccessibleForFree": false} or an element
 *       whose class or id names a paywall ({@code dev/winnow/html/paywall-tokens.txt}); the body
 *       is kept as it is, only the ending reports it;</li>
 *   <li>an ellipsis at the end of the last paragraph ({@code …}, {@code ...}, {@code [...]});</li>
 *   <li>a last paragraph of at least {@link #MIN_WORDS} words without the terminal punctuation of
 *       its script: cut mid-sentence, with its last three words as evidence;</li>
 *   <li>terminal punctuation: complete. Anything else (a list, a short line) is unknown.</li>
 * </ol>
 * The partial paragraph stays in the body unless the rule is configured with
 * {@link Partial#TRIM_TO_SENTENCE} or {@link Partial#DROP}.
 */
public final class TruncatedEndingRule implements Rule {
    /** The fewest words a last paragraph needs to be called cut mid-sentence. */
    public static final int MIN_WORDS = 6;

    /** What to do with a paragraph that was cut off. */
    public enum Partial {
        /** Keep it as it is (the default). */
        KEEP,
        /** Cut it back to its last complete sentence (drop it if it has none). */
        TRIM_TO_SENTENCE,
        /** Drop it from the body. */
        DROP
    }

    private static final Pattern CHAR_COUNT = Pattern.compile("(?:\\G|(?<!\\s))\\s*(\\[\\+\\s?(\\d[\\d,.]*)\\s*chars?\\])\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CHAR_COUNT_LINE = Pattern.compile(
            "^\\s*(?:…|\\.\\.\\.)?\\s*(\\[\\+\\s?(\\d[\\d,.]*)\\s*chars?\\])\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ELLIPSIS = Pattern.compile("(?:…|\\.\\.\\.|\\[…]|\\[\\.\\.\\.]|\\(\\.\\.\\.\\)|\\(…\\)|\\[&hellip;])\\s*$");
    /** What every match of {@link #CHAR_COUNT} and {@link #CHAR_COUNT_LINE} holds: a text without it needs no regex. */
    private static final String CHAR_COUNT_OPENING = "[+";
    /** The last characters of the forms of {@link #ELLIPSIS}: a text ending otherwise needs no regex. */
    private static final String ELLIPSIS_ENDS = "….])";
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？؟।][\"”’'»)]*(?=\\s|$)");

    private static final java.util.Set<String> PAYWALL_WORDS = ClassWords.load("paywall-tokens.txt").keySet();
    private static final ClassWords.Sieve PAYWALL = new ClassWords.Sieve(PAYWALL_WORDS);

    private final Partial partial;
    private final Phrases paywall;

    private TruncatedEndingRule(Partial partial, Phrases paywall) {
        this.partial = partial;
        this.paywall = paywall;
    }

    /** The rule keeping partial paragraphs. @return the rule */
    public static TruncatedEndingRule standard() {
        return new TruncatedEndingRule(Partial.KEEP, Phrases.standard("paywall"));
    }

    /**
     * This rule with another treatment of the partial paragraph.
     *
     * @param treatment what to do with it
     * @return a new rule
     */
    public TruncatedEndingRule withPartial(Partial treatment) {
        return new TruncatedEndingRule(Objects.requireNonNull(treatment, "treatment"), paywall);
    }

    /**
     * This rule with more paywall notices (for example a site's own "Subscribers read on"), so a
     * trailer with one of them is reported as a paywall rather than a read-more link.
     *
     * @param phrases the notices, matched as whole lines like the standard ones
     * @return a new rule
     */
    public TruncatedEndingRule withPaywallPhrases(List<String> phrases) {
        return new TruncatedEndingRule(partial, paywall.with(phrases));
    }

    @Override public String id() { return StandardRules.TRUNCATED_ENDING; }

    @Override public Phase phase() { return Phase.ENDING; }

    @Override public String description() {
        return "Reports a truncated ending (char-count marker, paywall, read-more, ellipsis, mid-sentence) with its evidence.";
    }

    @Override
    public void apply(Draft draft) {
        List<Block> body = draft.bodyBlocks();
        if (body.isEmpty()) {
            draft.ending(Ending.unknown(), "no body");
            return;
        }
        Block last = body.get(body.size() - 1);
        String text = last.text();
        Matcher count = text.contains(CHAR_COUNT_OPENING) ? CHAR_COUNT.matcher(text) : null;
        if (count != null && count.find()) {
            draft.rewrite(last, text.substring(0, count.start()).stripTrailing(), "character-count marker removed");
            Integer missing = parseCount(count.group(2));
            draft.ending(Ending.truncated(TruncationKind.CHAR_COUNT, count.group(1), missing), "character-count marker");
            cutPartial(draft, last);
            return;
        }
        Block next = last.index() + 1 < draft.blocks().size() ? draft.blocks().get(last.index() + 1) : null;
        Matcher alone = next == null || !next.text().contains(CHAR_COUNT_OPENING) ? null : CHAR_COUNT_LINE.matcher(next.text());
        if (alone != null && alone.matches()) {
            draft.mark(next, Role.TRAILER, "character-count marker");
            draft.ending(Ending.truncated(TruncationKind.CHAR_COUNT, alone.group(1), parseCount(alone.group(2))),
                    "character-count marker after the body");
            cutPartial(draft, last);
            return;
        }
        Block trailer = trailerAfter(draft, last);
        if (trailer != null) {
            boolean paywalled = paywall.matchesLine(trailer.text());
            draft.ending(Ending.truncated(paywalled ? TruncationKind.PAYWALL : TruncationKind.READ_MORE,
                    trailer.text(), null), paywalled ? "paywall notice after the body" : "read-more line after the body");
            return;
        }
        String marked = paywallSignal(draft);
        if (marked != null) {
            draft.ending(Ending.truncated(TruncationKind.PAYWALL, marked, null), "the page declares a paywall");
            return;
        }
        boolean prose = last.kind() == Kind.PARAGRAPH || last.kind() == Kind.QUOTE;
        if (prose && ELLIPSIS_ENDS.indexOf(lastBeforeSpace(text)) >= 0 && ELLIPSIS.matcher(text).find()) {
            draft.ending(Ending.truncated(TruncationKind.ELLIPSIS, Texts.lastWords(text, 3), null), "ends with an ellipsis");
            cutPartial(draft, last);
        } else if (Texts.endsWithTerminal(text)) {
            draft.ending(Ending.complete(), "ends with terminal punctuation");
        } else if (prose && last.words() >= MIN_WORDS && !endsWithUrlOrNumber(text)) {
            draft.ending(Ending.truncated(TruncationKind.MID_SENTENCE, Texts.lastWords(text, 3), null),
                    "last paragraph stops mid-sentence");
            cutPartial(draft, last);
        } else {
            draft.ending(Ending.unknown(), "last block is not a paragraph to judge");
        }
    }

    /**
     * Whether a text ends, before trailing ASCII white space, with a digit or with a word that holds
     * {@code http://}, {@code https://} or {@code www.} followed by more of the word: what the
     * pattern {@code (?:https?://\S+|www\.\S+|\d)\s*$} finds, in one pass from the end (the
     * pattern backtracks over every {@code www.} of a long word, which is quadratic).
     */
    static boolean endsWithUrlOrNumber(String text) {
        int end = text.length();
        while (end > 0 && Texts.isAsciiSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return false;
        }
        char last = text.charAt(end - 1);
        if (last >= '0' && last <= '9') {
            return true;
        }
        int start = end;
        while (start > 0 && !Texts.isAsciiSpace(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end);
        return continuesAfter(word, "www.") || continuesAfter(word, "http://") || continuesAfter(word, "https://");
    }

    /** Whether {@code marker} occurs in {@code word} and the word continues after it. */
    private static boolean continuesAfter(String word, String marker) {
        int at = word.indexOf(marker);
        return at >= 0 && at + marker.length() < word.length();
    }

    /** Structural paywall evidence of an HTML page: JSON-LD {@code isAccessibleForFree: false} or a paywall element. */
    private static @Nullable String paywallSignal(Draft draft) {
        if (draft.source().document() == null) {
            return null;
        }
        if (JsonLd.of(draft).paywalled()) {
            return "isAccessibleForFree: false";
        }
        for (PageElements.Named n : PageElements.of(draft).named()) {
            if (!PAYWALL.mayMatch(n.classes(), n.id())) {
                continue;
            }
            for (String w : ClassWords.of(n.element())) {
                if (PAYWALL_WORDS.contains(w)) {
                    return "paywall element ." + w;
                }
            }
        }
        return null;
    }

    /**
     * The last character of a text that is not white space as {@code \s} in a pattern has it
     * (space, tab, line feed, vertical tab, form feed, carriage return), or NUL when there is none.
     */
    private static char lastBeforeSpace(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c != ' ' && (c < '\t' || c > '\r')) {
                return c;
            }
        }
        return '\0';
    }

    private static @Nullable Block trailerAfter(Draft draft, Block last) {
        List<Block> all = draft.blocks();
        for (int i = last.index() + 1; i < all.size(); i++) {
            Block b = all.get(i);
            if (b.role() == Role.TRAILER) {
                return b;
            }
        }
        return null;
    }

    private void cutPartial(Draft draft, Block last) {
        if (partial == Partial.KEEP) {
            return;
        }
        String text = last.text();
        int cut = -1;
        if (partial == Partial.TRIM_TO_SENTENCE) {
            Matcher m = SENTENCE_END.matcher(text);
            while (m.find()) {
                if (m.end() < text.strip().length()) {
                    cut = m.end();
                }
            }
        }
        if (cut > 0) {
            draft.rewrite(last, text.substring(0, cut).strip(), "partial sentence trimmed");
        } else {
            draft.mark(last, Role.TRAILER, "partial paragraph dropped");
        }
    }

    private static @Nullable Integer parseCount(String digits) {
        try {
            return Integer.valueOf(digits.replaceAll("[,.]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
