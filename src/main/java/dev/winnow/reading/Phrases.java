package dev.winnow.reading;

import dev.winnow.internal.Fold;
import dev.winnow.rule.Block;
import dev.winnow.rule.TextFeatures;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private static final String ROOT = "/dev/winnow/phrases/";
    private static final Map<String, Phrases> STANDARD = new ConcurrentHashMap<>();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{n}|\\{\\*}");
    private static final int FUZZY_MIN_LENGTH = 10;
    /** Lines longer than this are not matched with a typo. */
    private static final int FUZZY_MAX_LENGTH = 60;
    /** Lines longer than this are never phrases. */
    private static final int MAX_LINE = 200;
    /** {@link #exactHashes} has 2 to this power bits. */
    private static final int HASH_BITS_LOG = 13;
    private static final List<String> LANGUAGES = List.copyOf(readLines(ROOT + "languages.txt"));

    private final List<String> entries;
    private final Set<String> exact = new HashSet<>();
    /** Bit {@code n} is set when a phrase in {@link #exact} has {@code n} characters (up to {@link #MAX_LINE}). */
    private final long[] exactLengths = new long[MAX_LINE / 64 + 1];
    /** Bit {@link #hashBit hashBit(p.hashCode())} is set for every phrase {@code p} in {@link #exact}: a test before the set's. */
    private final long[] exactHashes = new long[(1 << HASH_BITS_LOG) / 64];
    private final NumberedIndex numbered = new NumberedIndex();
    /** Phrases matched with one typo, by length (index); longer ones than a typo can reach are left out. */
    private final List<SameLength> fuzzy = new ArrayList<>();
    private final WordSet firstWords = new WordSet();
    private final WordSet lastWords = new WordSet();

    private Phrases(Collection<String> phrases) {
        this.entries = List.copyOf(new LinkedHashSet<>(phrases));
        for (int length = 0; length <= FUZZY_MAX_LENGTH + 1; length++) {
            fuzzy.add(new SameLength());
        }
        for (String phrase : entries) {
            String folded = Fold.line(phrase);
            if (folded.isEmpty()) {
                continue;
            }
            firstWords.add(folded.substring(0, Fold.firstWordEnd(folded)));
            lastWords.add(folded.substring(Fold.lastWordStart(folded)));
            if (folded.contains("{n}") || folded.contains("{*}")) {
                java.util.regex.Matcher m = PLACEHOLDER.matcher(folded);
                int last = 0;
                String literal = "";
                boolean number = false;
                String head = null;
                while (m.find()) {
                    String part = folded.substring(last, m.start());
                    head = head == null ? part : head;
                    literal = part.length() > literal.length() ? part : literal;
                    number |= m.group().equals("{n}");
                    last = m.end();
                }
                String tail = folded.substring(last);
                numbered.add(folded, new Numbered(PlaceholderPattern.of(folded), head, tail,
                        tail.length() > literal.length() ? tail : literal, number, folded.startsWith("{n}")));
            } else {
                exact.add(folded);
                int bit = hashBit(folded.hashCode());
                exactHashes[bit >> 6] |= 1L << bit;
                if (folded.length() <= MAX_LINE) {
                    exactLengths[folded.length() >> 6] |= 1L << folded.length();
                }
                if (folded.length() >= FUZZY_MIN_LENGTH && folded.length() <= FUZZY_MAX_LENGTH + 1 && isLatin(folded)) {
                    fuzzy.get(folded.length()).add(folded);
                }
            }
        }
        if (exact.isEmpty() && numbered.isEmpty()) {
            throw new IllegalArgumentException("a phrase list needs at least one phrase with a letter or digit");
        }
        fuzzy.forEach(SameLength::index);
        firstWords.index();
        lastWords.index();
    }

    /**
     * A phrase with placeholders as a pattern over folded lines, with the literal parts before its
     * first and after its last placeholder (a line that does not open with the one and end with the
     * other cannot match), its longest literal part (a line without it cannot match), whether it
     * has a {@code {n}} (a line without an ASCII digit cannot match) and whether it opens with one (a
     * line that does not open with a digit cannot match). The cheap tests run first.
     */
    private record Numbered(PlaceholderPattern pattern, String head, String tail, String literal, boolean number,
            boolean opensWithNumber) {
        boolean matches(String folded) {
            return folded.endsWith(tail) && folded.startsWith(head) && mayHoldNumber(folded)
                    && folded.contains(literal) && pattern.matches(folded);
        }

        private boolean mayHoldNumber(String folded) {
            return opensWithNumber ? isAsciiDigit(folded.charAt(0)) : !number || hasAsciiDigit(folded);
        }
    }

    /**
     * The phrases with placeholders by the characters the lines they match can end with, or, for
     * those that end with {@code {*}}, open with; a line is tried only with the phrases filed under
     * its last and its first character and those that open and end with {@code {*}}.
     */
    private static final class NumberedIndex {
        private static final String DIGITS = "0123456789";
        /** The characters a {@code {n}} number ({@link PlaceholderPattern}) can end with. */
        private static final String NUMBER_ENDS = DIGITS + ".,km";

        private final ByCharacter byLast = new ByCharacter();
        private final ByCharacter byFirst = new ByCharacter();
        private Numbered[] anywhere = NONE;

        /** Files a phrase, given folded with its placeholders. */
        void add(String folded, Numbered phrase) {
            String last = folded.endsWith("{*}") ? null : folded.endsWith("{n}") ? NUMBER_ENDS
                    : folded.substring(folded.length() - 1);
            String first = folded.startsWith("{*}") ? null : folded.startsWith("{n}") ? DIGITS : folded.substring(0, 1);
            if (last != null) {
                byLast.add(last, phrase);
            } else if (first != null) {
                byFirst.add(first, phrase);
            } else {
                anywhere = append(anywhere, phrase);
            }
        }

        boolean isEmpty() {
            return byLast.isEmpty() && byFirst.isEmpty() && anywhere.length == 0;
        }

        /** Whether a folded line (not empty) matches one of the phrases. */
        boolean anyMatches(String folded) {
            return anyMatches(byLast.get(folded.charAt(folded.length() - 1)), folded)
                    || anyMatches(byFirst.get(folded.charAt(0)), folded)
                    || anyMatches(anywhere, folded);
        }

        private static boolean anyMatches(Numbered[] phrases, String folded) {
            for (Numbered n : phrases) {
                if (n.matches(folded)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Numbered[] NONE = {};

    private static Numbered[] append(Numbered[] phrases, Numbered phrase) {
        Numbered[] more = Arrays.copyOf(phrases, phrases.length + 1);
        more[phrases.length] = phrase;
        return more;
    }

    /** Phrases filed under characters: a few keys, found with one {@link String#indexOf(int)}. */
    private static final class ByCharacter {
        /** The characters with phrases; the phrases of the character at {@code k} are {@code phrases[k]}. */
        private String keys = "";
        private Numbered[][] phrases = {};

        /** Files a phrase under each of some characters. */
        void add(String chars, Numbered phrase) {
            for (int i = 0; i < chars.length(); i++) {
                if (keys.indexOf(chars.charAt(i)) < 0) {
                    keys += chars.charAt(i);
                    phrases = Arrays.copyOf(phrases, phrases.length + 1);
                    phrases[phrases.length - 1] = NONE;
                }
                int k = keys.indexOf(chars.charAt(i));
                phrases[k] = append(phrases[k], phrase);
            }
        }

        /** The phrases filed under a character. */
        Numbered[] get(char c) {
            int k = keys.indexOf(c);
            return k < 0 ? NONE : phrases[k];
        }

        boolean isEmpty() {
            return phrases.length == 0;
        }
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
        return STANDARD.computeIfAbsent(concept, c -> new Phrases(load(c)));
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
        if ((exactLengths[folded.length() >> 6] & 1L << folded.length()) != 0 && mayBeExact(folded)
                && exact.contains(folded)) {
            return true;
        }
        if (numbered.anyMatches(folded)) {
            return true;
        }
        if (folded.length() >= FUZZY_MIN_LENGTH && folded.length() <= FUZZY_MAX_LENGTH) {
            long head = SameLength.head(folded);
            long tail = SameLength.tail(folded);
            for (int length = folded.length() - 1; length <= folded.length() + 1; length++) {
                if (fuzzy.get(length).withinOneEdit(folded, head, tail)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the hash of a folded line (a string keeps its hash: computed once for all lists) has its bit set. */
    private boolean mayBeExact(String folded) {
        int bit = hashBit(folded.hashCode());
        return (exactHashes[bit >> 6] & 1L << bit) != 0;
    }

    /** The bit of a hash in {@link #exactHashes}: its top bits after a multiplicative spread. */
    private static int hashBit(int hash) {
        return (hash * 0x9E3779B9) >>> (32 - HASH_BITS_LOG);
    }

    private static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isAsciiDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Typo-tolerant phrases of one length, sorted by their first three characters and again by their
     * last three, so a line is compared only with the phrases that share one of the triples with it.
     */
    private static final class SameLength {
        private static final int FILTER_LOG = 8;
        private static final int FILTER_BITS = 1 << FILTER_LOG;

        private final List<String> phrases = new ArrayList<>();
        private String[] byHead;
        private long[] heads;
        private String[] byTail;
        private long[] tails;
        /** Bit {@link #bit(long) bit(key)} is set for every head and every tail key: a quick test before the search. */
        private final long[] headBits = new long[FILTER_BITS / 64];
        private final long[] tailBits = new long[FILTER_BITS / 64];

        void add(String phrase) {
            phrases.add(phrase);
        }

        /** Sorts the phrases added; called once, after the last one. */
        void index() {
            byHead = phrases.stream().sorted(Comparator.comparingLong(SameLength::head)).toArray(String[]::new);
            heads = Arrays.stream(byHead).mapToLong(SameLength::head).toArray();
            byTail = phrases.stream().sorted(Comparator.comparingLong(SameLength::tail)).toArray(String[]::new);
            tails = Arrays.stream(byTail).mapToLong(SameLength::tail).toArray();
            for (long key : heads) {
                headBits[bit(key) >> 6] |= 1L << bit(key);
            }
            for (long key : tails) {
                tailBits[bit(key) >> 6] |= 1L << bit(key);
            }
        }

        /**
         * Whether a line, whose {@link #head} and {@link #tail} keys are given, is within one edit of
         * one of the phrases. Both have {@code FUZZY_MIN_LENGTH} characters or more, so one edit
         * leaves the first three or the last three characters in place: an edit among the first
         * three leaves at least six characters after it alike.
         */
        boolean withinOneEdit(String line, long head, long tail) {
            return (headBits[bit(head) >> 6] & 1L << bit(head)) != 0 && anyWithinOneEdit(byHead, heads, head, line)
                    || (tailBits[bit(tail) >> 6] & 1L << bit(tail)) != 0 && anyWithinOneEdit(byTail, tails, tail, line);
        }

        /** The filter bit of a key: a multiplicative hash of its characters. */
        private static int bit(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - FILTER_LOG));
        }

        /** Whether one of the phrases whose key is {@code key} (keys sorted) is within one edit of the line. */
        private static boolean anyWithinOneEdit(String[] phrases, long[] keys, long key, String line) {
            int i = Arrays.binarySearch(keys, key);
            if (i < 0) {
                return false;
            }
            while (i > 0 && keys[i - 1] == key) {
                i--;
            }
            for (; i < keys.length && keys[i] == key; i++) {
                if (Phrases.withinOneEdit(phrases[i], line)) {
                    return true;
                }
            }
            return false;
        }

        /** The key of the first three characters. */
        static long head(String s) {
            return (long) s.charAt(0) << 32 | (long) s.charAt(1) << 16 | s.charAt(2);
        }

        /** The key of the last three characters. */
        static long tail(String s) {
            int n = s.length();
            return (long) s.charAt(n - 3) << 32 | (long) s.charAt(n - 2) << 16 | s.charAt(n - 1);
        }
    }

    /**
     * Whether a folded line may open with one of the phrases: its first word is the first word of
     * a phrase. A cheap test to run before {@link #alternation()} patterns that look for a phrase at
     * the start of a line.
     *
     * @param folded the line folded with {@link Fold#line}
     * @return false if no phrase can open the line
     */
    public boolean mayOpen(String folded) {
        return !folded.isEmpty() && firstWords.mayStartWith(folded.charAt(0))
                && firstWords.contains(folded, 0, Fold.firstWordEnd(folded));
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
        String start = features.foldedStart();
        return !start.isEmpty() && firstWords.mayStartWith(start.charAt(0))
                && firstWords.contains(start, 0, features.firstWordEnd());
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
        String end = features.foldedEnd();
        return !end.isEmpty() && closes(end, features.lastWordStart());
    }

    /**
     * Whether a folded line may end with one of the phrases (without placeholders): its last word is
     * the last word of a phrase, or it ends in a script written without spaces, where words cannot
     * be told apart. A cheap test to run before {@link #alternation()} patterns that look for a
     * phrase at the end of a line.
     *
     * @param folded the line folded with {@link Fold#line}
     * @return false if no phrase can end the line
     */
    public boolean mayClose(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        return closes(folded, Fold.lastWordStart(folded));
    }

    /** Whether a non-empty folded line whose last word starts at {@code lastWord} may end with a phrase. */
    private boolean closes(String folded, int lastWord) {
        int end = folded.length();
        int last = folded.codePointBefore(end);
        return lastWords.mayEndWith(folded.charAt(end - 1)) && lastWords.contains(folded, lastWord, end)
                || Fold.isWordChar(last) && !isSpaced(last);
    }

    /**
     * A set of words that a part of a line is looked up in without being cut out of it: an
     * open-addressing table keyed by the {@link String#hashCode} of the part, spread, behind filters
     * of the characters the words open and end with.
     */
    private static final class WordSet {
        private final Set<String> words = new HashSet<>();
        private String[] table;
        /** Bit {@code c & 255} is set for the first character {@code c} of every word; all are for an empty word. */
        private final long[] starts = new long[4];
        /** Bit {@code c & 255} is set for the last character {@code c} of every word; all are for an empty word. */
        private final long[] ends = new long[4];

        void add(String word) {
            words.add(word);
            if (word.isEmpty()) {
                Arrays.fill(starts, -1L);
                Arrays.fill(ends, -1L);
            } else {
                starts[(word.charAt(0) & 255) >> 6] |= 1L << word.charAt(0);
                ends[(word.charAt(word.length() - 1) & 255) >> 6] |= 1L << word.charAt(word.length() - 1);
            }
        }

        /** Whether a word of the set may open with a character: if not, a part opening with it is not in the set. */
        boolean mayStartWith(char c) {
            return (starts[(c & 255) >> 6] & 1L << c) != 0;
        }

        /** Whether a word of the set may end with a character: if not, a part ending with it is not in the set. */
        boolean mayEndWith(char c) {
            return (ends[(c & 255) >> 6] & 1L << c) != 0;
        }

        /** Fills the table from the words added; called once, after the last one. */
        void index() {
            table = new String[Integer.highestOneBit(Math.max(words.size(), 1) * 4)];
            for (String word : words) {
                int slot = spread(word.hashCode()) & (table.length - 1);
                while (table[slot] != null) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = word;
            }
        }

        /** Whether the characters of {@code s} from {@code from} to {@code to} are one of the words. */
        boolean contains(String s, int from, int to) {
            int hash = 0;
            for (int i = from; i < to; i++) {
                hash = 31 * hash + s.charAt(i);
            }
            int length = to - from;
            for (int slot = spread(hash) & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
                String word = table[slot];
                if (word.length() == length && s.regionMatches(from, word, 0, length)) {
                    return true;
                }
            }
            return false;
        }

        /** Mixes the high bits of a hash into the low ones, which pick the slot. */
        private static int spread(int hash) {
            return hash ^ hash >>> 16;
        }
    }

    /** Whether a character belongs to a script that separates words with spaces. */
    private static boolean isSpaced(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }

    /**
     * A case-insensitive regular expression alternative of all phrases, longest first, for
     * rules that look for a phrase at the start of a line.
     *
     * @return the alternation, quoted, without surrounding group
     */
    public String alternation() {
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
     * {@link #alternation()} as one non-capturing group behind a {@link #startFilter lookahead}
     * that lets a pattern try the phrases only where one of them can start: the same matches as
     * {@code (?:alternation)}, found faster.
     *
     * @return the group
     */
    public String alternationGroup() {
        return startFilter(literals()) + "(?:" + alternation() + ")";
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

    /**
     * A lookahead {@code (?=(?-iu:[...]))} that admits every character the first character of one
     * of the literals matches in a pattern, case-sensitive or not: a case-insensitive pattern
     * compares characters upper-cased, then lower-cased. The class lists all those characters and
     * is itself case-sensitive, so testing it is one lookup. Put before a group of quoted literals,
     * it changes no match. Empty when there is no literal, or one is empty or opens with a supplementary
     * character.
     *
     * @param literals the literals of the group
     * @return the lookahead, or ""
     */
    static String startFilter(Collection<String> literals) {
        if (literals.isEmpty()) {
            return "";
        }
        Set<Character> firsts = new HashSet<>();
        for (String literal : literals) {
            if (literal.isEmpty() || Character.isSurrogate(literal.charAt(0))) {
                return "";
            }
            firsts.add(caseFold(literal.charAt(0)));
        }
        StringBuilder admitted = new StringBuilder("(?=(?-iu:[");
        for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            if (!Character.isSurrogate(c) && (firsts.contains(c) || firsts.contains(caseFold(c)))) {
                admitted.append("\\x{").append(Integer.toHexString(c)).append('}');
            }
        }
        return admitted.append("]))").toString();
    }

    private static char caseFold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** Damerau-Levenshtein distance at most one (one insertion, deletion, substitution or swap). */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        int i = 0;
        while (i < la && i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (la == lb) {
            if (a.regionMatches(i + 1, b, i + 1, la - i - 1)) {
                return true;
            }
            return i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    /** The languages with standard phrase files, as listed in {@code languages.txt}. @return ISO 639-1 codes */
    public static List<String> languages() {
        return LANGUAGES;
    }

    /**
     * The raw entries of one language's standard file for a concept.
     *
     * @param language the ISO 639-1 code
     * @param concept  the concept, e.g. {@code stopwords}
     * @return the entries, empty if there is no such file
     */
    public static List<String> entries(String language, String concept) {
        return readLines(ROOT + language + "/" + concept + ".txt");
    }

    private static List<String> load(String concept) {
        List<String> phrases = new ArrayList<>();
        for (String lang : LANGUAGES) {
            phrases.addAll(readLines(ROOT + lang + "/" + concept + ".txt"));
        }
        return phrases;
    }

    /**
     * Reads a phrase resource: non-blank lines that do not start with {@code #}. A missing resource
     * reads as empty.
     *
     * @param resource the absolute classpath resource name
     * @return the lines, stripped
     */
    static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Phrases.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
