package dev.winnow.reading;

import dev.winnow.internal.Fold;
import dev.winnow.rule.Block;
import dev.winnow.rule.TextFeatures;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * An immutable list of phrases matched against <em>whole lines</em>, never as substrings of prose.
 * Lines and phrases are compared after {@link Fold folding} (NFKC, case folding safe for Turkish
 * İ, end decorations stripped). {@code {n}} in a phrase stands for a number ("{n} Comments"),
 * {@code {*}} for any text of up to 120 characters ("{n} thoughts on {*}"); such phrases are matched
 * without backtracking ({@link PlaceholderPattern}), in time linear in the line whatever their number of placeholders.
 * Phrases of ten or more Latin characters also match lines of ten or more with one typo (so "Lastest News" matches
 * "Latest News").
 *
 * <p>Standard lists are data files {@code dev/winnow/phrases/<lang>/<concept>.txt}, one phrase a
 * line, {@code #} for comments; {@link #standard(String)} loads a concept for every language listed
 * in {@code dev/winnow/phrases/languages.txt}. Instances are thread-safe.
 */
public final class Phrases {
    /** Lines longer than this are never phrases. */
    static final int MAX_LINE = 200;
    private static final Map<String, Phrases> STANDARD = new ConcurrentHashMap<>();

    private final List<String> entries;
    private final ExactPhrases exact = new ExactPhrases();
    private final PlaceholderPhrases placeholders = new PlaceholderPhrases();
    private final TypoPhrases typos = new TypoPhrases();
    private final PhraseEnds ends = new PhraseEnds();

    private Phrases(Collection<String> phrases) {
        this.entries = List.copyOf(new LinkedHashSet<>(phrases));
        for (String phrase : entries) {
            String folded = Fold.line(phrase);
            if (folded.isEmpty()) {
                continue;
            }
            ends.add(folded);
            if (PlaceholderPhrases.hasPlaceholder(folded)) {
                placeholders.add(folded);
            } else {
                exact.add(folded);
                typos.add(folded);
            }
        }
        if (exact.isEmpty() && placeholders.isEmpty()) {
            throw new IllegalArgumentException("a phrase list needs at least one phrase with a letter or digit");
        }
        typos.index();
        ends.index();
    }

    /**
     * A list of the given phrases.
     *
     * @param phrases the phrases
     * @return the list
     * @throws IllegalArgumentException if no phrase has a letter or digit
     */
    public static Phrases of(Collection<String> phrases) {
        return new Phrases(phrases);
    }

    /**
     * The standard list of a concept, all languages together (loaded once, then shared).
     *
     * @param concept the file name without {@code .txt}, e.g. {@code related-headings}
     * @return the list
     */
    public static Phrases standard(String concept) {
        return STANDARD.computeIfAbsent(concept, c -> new Phrases(PhraseFiles.allLanguages(c)));
    }

    /**
     * This list plus more phrases.
     *
     * @param more the phrases to add
     * @return a new list
     */
    public Phrases with(Collection<String> more) {
        List<String> all = new ArrayList<>(entries);
        all.addAll(more);
        return new Phrases(all);
    }

    /** The phrases as given. @return the entries */
    public List<String> entries() {
        return entries;
    }

    /**
     * Whether the whole line is one of the phrases.
     *
     * @param line the line
     * @return true on a match
     */
    public boolean matchesLine(String line) {
        return line.length() <= MAX_LINE && matchesFolded(Fold.line(line));
    }

    /**
     * Whether a line already folded with {@link Fold#line} is one of the phrases.
     *
     * @param folded the folded line
     * @return true on a match
     */
    public boolean matchesFolded(String folded) {
        if (folded.isEmpty() || folded.length() > MAX_LINE) {
            return false;
        }
        return exact.contains(folded) || placeholders.anyMatches(folded) || typos.matches(folded);
    }

    /**
     * Whether a folded line may open with one of the phrases: its first word is the first word of
     * a phrase. A cheap test to run before {@link #alternationGroup()} patterns that look for a
     * phrase at the start of a line.
     *
     * @param folded the line folded with {@link Fold#line}
     * @return false if no phrase can open the line
     */
    public boolean mayOpen(String folded) {
        return ends.mayOpen(folded);
    }

    /**
     * Whether a folded line may end with one of the phrases (without placeholders): its last word is
     * the last word of a phrase, or it ends in a script written without spaces, where words cannot
     * be told apart. A cheap test to run before {@link #alternationGroup()} patterns that look for a
     * phrase at the end of a line.
     *
     * @param folded the line folded with {@link Fold#line}
     * @return false if no phrase can end the line
     */
    public boolean mayClose(String folded) {
        return ends.mayClose(folded);
    }

    /**
     * {@link #mayOpen(String)} of a block's {@link TextFeatures#foldedStart() folded start}, with
     * the block's first word worked out once for every list.
     *
     * @param b the block
     * @return false if no phrase can open the block
     */
    public boolean mayOpen(Block b) {
        TextFeatures features = b.features();
        return ends.mayOpen(features.foldedStart(), features.firstWordEnd());
    }

    /**
     * {@link #mayClose(String)} of a block's {@link TextFeatures#foldedEnd() folded end}, with the
     * block's last word worked out once for every list.
     *
     * @param b the block
     * @return false if no phrase can end the block
     */
    public boolean mayClose(Block b) {
        TextFeatures features = b.features();
        return ends.mayClose(features.foldedEnd(), features.lastWordStart());
    }

    /**
     * A case-insensitive regular expression alternative of all phrases without placeholders, longest
     * first, quoted, without surrounding group.
     */
    String alternation() {
        StringBuilder sb = new StringBuilder();
        for (String e : literals()) {
            if (sb.length() > 0) {
                sb.append('|');
            }
            sb.append(Pattern.quote(e));
        }
        return sb.toString();
    }

    /**
     * A regular expression group of all phrases without placeholders, quoted, longest first, for
     * rules that look for a phrase at the start or end of a line (put it in a case-insensitive
     * pattern). It opens with a lookahead that lets the pattern try the phrases only where one of
     * them can start: the same matches as {@code (?:phrase|phrase|...)}, found faster.
     *
     * @return the group
     */
    public String alternationGroup() {
        return StartFilter.of(literals()) + "(?:" + alternation() + ")";
    }

    /** The phrases without placeholders, longest first. */
    private List<String> literals() {
        List<String> sorted = new ArrayList<>();
        for (String e : entries) {
            if (!e.contains("{n}") && !e.contains("{*}")) {
                sorted.add(e);
            }
        }
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    /** The languages with standard phrase files, as listed in {@code languages.txt}. @return ISO 639-1 codes */
    public static List<String> languages() {
        return PhraseFiles.LANGUAGES;
    }

    /**
     * The raw entries of one language's standard file for a concept.
     *
     * @param language the ISO 639-1 code
     * @param concept  the concept, e.g. {@code stopwords}
     * @return the entries, empty if there is no such file
     */
    public static List<String> entries(String language, String concept) {
        return PhraseFiles.entries(language, concept);
    }
}
