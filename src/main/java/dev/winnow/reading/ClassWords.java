package dev.winnow.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The words of an element's class and id names ("article-body shareBar" gives article, body, share,
 * bar), and the word lists under {@code dev/winnow/html/}. Thread-safe.
 */
public final class ClassWords {
    /** How many class/id combinations each thread remembers. */
    private static final int MEMO_SIZE = 4096;
    /** Recently split class/id combinations, per thread (names repeat across a page and a site). */
    private static final ThreadLocal<Map<String, List<String>>> MEMO = ThreadLocal.withInitial(() ->
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, List<String>> eldest) {
                    return size() > MEMO_SIZE;
                }
            });

    private ClassWords() {}

    /**
     * The lower-case words of an element's class and id attributes, split at non-letters and at
     * camelCase boundaries, plus each name as a whole ("sharebar" from "share-bar").
     *
     * @param e the element
     * @return the words, in order
     */
    public static List<String> of(Element e) {
        String classes = e.className();
        String id = e.id();
        if (classes.isEmpty() && id.isEmpty()) {
            return List.of();
        }
        return MEMO.get().computeIfAbsent(memoKey(classes, id), k -> {
            List<String> words = new ArrayList<>();
            Set<String> wholes = new HashSet<>();
            add(words, wholes, classes);
            add(words, wholes, id);
            return List.copyOf(words);
        });
    }

    /**
     * The key of a class/id combination in {@link #MEMO}: the class names alone when there is no id
     * (and they hold no NUL, which joins the two otherwise), so the common case builds no string.
     */
    private static String memoKey(String classes, String id) {
        return id.isEmpty() && classes.indexOf('\u0000') < 0 ? classes : classes + '\u0000' + id;
    }

    /**
     * A quick test of whether one of some words can be among the words {@link #of} gives for an
     * element. Each of those words occurs in the element's class and id run together, lower-cased,
     * with every character that is not a letter or digit left out; and a word can occur there only
     * if, for each ASCII letter of the word, the class or id holds a character that lower-cases to
     * it. Immutable.
     */
    public static final class Sieve {
        /** The ASCII letters from the rarest to the most common in English, roughly. */
        private static final String RARE_FIRST = "qjzxkvwyfbgpmhducltnsroiae";

        private final List<String> words;
        /** For each distinct word, a bit per ASCII letter it holds ({@code a} is bit 0). */
        private final int[] letters;
        /**
         * For each letter all the words hold, rarest first, the characters that lower-case to it (as
         * {@link #letters} lower-cases them).
         */
        private final char[][] keys;

        /**
         * Creates the sieve of some words.
         *
         * @param words lower-case words of letters and digits
         */
        public Sieve(Collection<String> words) {
            this.words = List.copyOf(words);
            this.letters = this.words.stream().mapToInt(Sieve::letters).distinct().toArray();
            this.keys = keysOf(Arrays.stream(letters).reduce(words.isEmpty() ? 0 : -1, (a, b) -> a & b));
        }

        /** For each of the {@code shared} letters, rarest first, the characters {@link #letters} takes for it. */
        private static char[][] keysOf(int shared) {
            List<char[]> keys = new ArrayList<>();
            for (int i = 0; i < RARE_FIRST.length(); i++) {
                char letter = RARE_FIRST.charAt(i);
                if ((shared & (1 << (letter - 'a'))) != 0) {
                    StringBuilder sources = new StringBuilder();
                    for (int c = 0; c <= Character.MAX_VALUE; c++) {
                        if (asciiLetter((char) c) == letter) {
                            sources.append((char) c);
                        }
                    }
                    keys.add(sources.toString().toCharArray());
                }
            }
            return keys.toArray(new char[0][]);
        }

        /**
         * Whether one of the words may be among the words of an element with these class and id
         * attributes (white space around them makes no difference); false means none is.
         *
         * @param classes the class attribute
         * @param id      the id attribute
         * @return false if none of the words is among the element's
         */
        public boolean mayMatch(String classes, String id) {
            for (char[] key : keys) {
                if (!holdsOne(classes, key) && !holdsOne(id, key)) {
                    return false; // no word can occur without a letter they all hold
                }
            }
            int present = letters(classes) | letters(id);
            if (!anyWithin(present)) {
                return false;
            }
            StringBuilder squashed = new StringBuilder(classes.length() + id.length());
            squash(classes, squashed);
            squash(id, squashed);
            for (String word : words) {
                if (squashed.indexOf(word) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether names hold one of the characters. */
        private static boolean holdsOne(String names, char[] chars) {
            for (char c : chars) {
                if (names.indexOf(c) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the letters of one of the words are all among {@code present}. */
        private boolean anyWithin(int present) {
            for (int word : letters) {
                if ((word & ~present) == 0) {
                    return true;
                }
            }
            return false;
        }

        /** The ASCII letters the characters of {@code names} lower-case to (as {@link #squash} does), a bit each. */
        private static int letters(String names) {
            int bits = 0;
            for (int i = 0; i < names.length(); i++) {
                int letter = asciiLetter(names.charAt(i));
                if (letter >= 0) {
                    bits |= 1 << (letter - 'a');
                }
            }
            return bits;
        }

        /** The ASCII letter a character lower-cases to, or -1 for none. */
        private static int asciiLetter(char c) {
            // an ASCII character with bit 0x20 set is in a..z exactly when it is a letter of either case
            int lower = c < 0x80 ? c | 0x20 : Character.toLowerCase(c);
            return lower >= 'a' && lower <= 'z' ? lower : -1;
        }
    }

    private static void squash(String names, StringBuilder out) {
        for (int i = 0; i < names.length(); i++) {
            char c = names.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
            }
        }
    }

    /**
     * Adds the words of class or id names, and each name as a whole unless that whole is already
     * among the words; {@code seen} holds the words added so far (the list may repeat a part, the
     * set makes the check constant-time for elements with thousands of names).
     */
    private static void add(List<String> words, Set<String> seen, String names) {
        if (names.isEmpty()) {
            return;
        }
        for (String name : dev.winnow.internal.Texts.split(names, dev.winnow.internal.Texts::isAsciiSpace)) {
            if (name.isEmpty() || name.length() > 60) {
                continue;
            }
            StringBuilder word = new StringBuilder();
            StringBuilder whole = new StringBuilder();
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (!Character.isLetterOrDigit(c)) {
                    flush(words, seen, word);
                    continue;
                }
                if (Character.isUpperCase(c) && i > 0 && Character.isLowerCase(name.charAt(i - 1))) {
                    flush(words, seen, word);
                }
                word.append(Character.toLowerCase(c));
                whole.append(Character.toLowerCase(c));
            }
            flush(words, seen, word);
            String w = whole.toString();
            if (!w.isEmpty() && seen.add(w)) {
                words.add(w);
            }
        }
    }

    private static void flush(List<String> words, Set<String> seen, StringBuilder word) {
        if (word.length() > 0) {
            String w = word.toString();
            words.add(w);
            seen.add(w);
            word.setLength(0);
        }
    }

    /**
     * A word list resource: one word per line, or "word value" pairs; {@code #} comments.
     *
     * @param name the file name under {@code dev/winnow/html/}
     * @return word to value (the value is empty for plain lists)
     */
    public static Map<String, String> load(String name) {
        Map<String, String> map = new HashMap<>();
        for (String line : PhraseFiles.readLines("/dev/winnow/html/" + name)) {
            String[] parts = line.split("\\s+", 2);
            map.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].strip() : "");
        }
        return Map.copyOf(map);
    }
}
