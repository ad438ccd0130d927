package dev.winnow.reading;

import dev.winnow.internal.Texts;
import dev.winnow.rule.Block;
import dev.winnow.rule.Kind;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Shared judgements about single blocks that several standard rules need: is it prose, could it
 * be a headline, is it an item meta line ("Alex Braham - Nov 12, 2025 58 Views"). Thread-safe.
 */
public final class Lines {
    /** Words from which a block counts as prose whatever its punctuation. */
    public static final int PROSE_WORDS = 15;
    /** Words from which a block that ends like a sentence counts as prose. */
    static final int SENTENCE_WORDS = 6;
    /** The most words a headline-like line may have. */
    public static final int TITLE_MAX_WORDS = 25;
    /** How many CJK characters stand for one word in the length thresholds above. */
    static final int CJK_FACTOR = 3;
    /**
     * Words from which a block without a single mark that ends a sentence or separates clauses is a
     * list of words (a tag cloud, a menu run together), not prose: sentences that long have commas
     * or stops.
     */
    static final int WORD_LIST_WORDS = 30;
    /**
     * The marks that separate clauses, and the sentence ends that {@link Texts#isSentenceEnd} does
     * not know, in the scripts that write them: Latin, Greek, Armenian, Arabic, Tibetan, Myanmar,
     * Ethiopic, Khmer and CJK.
     */
    private static final String CLAUSE_PUNCTUATION = ",;:\u037E\u0387։՝،؛།༎။၊።፣፤፥፦፧។៕៖、，；：";

    /** A view count; it opens with a digit, which the lookahead tests before anything else. */
    private static final Pattern VIEWS = Pattern.compile(
            "(?iu)(?=[0-9])(?<![\\p{L}\\d])(\\d[\\d.,]*)\\s?([km])?\\s*(" + Phrases.standard("views").alternationGroup() + ")(?!\\p{L})");
    /** "2 hours ago", "32M ago", "vor 3 Stunden", "il y a 2 jours", "hace 5 minutos", "há 2 horas", "3 ore fa", "2 часа назад". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?iu)"
            // Where none of the forms can start (a digit, "vor", "il", "hace", "há"), one lookup instead of six tries.
            + StartFilter.of(List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "vor", "il", "hace", "há"))
            + "(?:\\b\\d{1,3}\\s?(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?|months?|years?)\\s+ago\\b"
            + "|\\bvor\\s+\\d{1,3}\\s+(?:minuten?|stunden?|tagen?|wochen?)\\b"
            + "|\\bil\\s+y\\s+a\\s+\\d{1,3}\\s+(?:min|minutes?|heures?|jours?|semaines?)\\b"
            + "|\\b(?:hace|há)\\s+\\d{1,3}\\s+(?:minutos?|horas?|d[ií]as?|semanas?)\\b"
            + "|\\b\\d{1,3}\\s+(?:minuti|ore|giorni|settimane)\\s+fa\\b"
            + "|\\b\\d{1,3}\\s+(?:минут\\p{L}*|час\\p{L}*|дн\\p{L}*|недел\\p{L}*)\\s+назад)");
    /** Words every form of {@link #RELATIVE_TIME} holds one of. */
    private static final Literals RELATIVE_WORDS = Literals.of(List.of("ago", "vor", "il", "hace", "há", "fa", "назад"));
    /** The view words of {@link #VIEWS}. */
    private static final Literals VIEW_WORDS = Literals.of(Phrases.standard("views").entries());
    /** What joins the parts of an item meta line: a dash, bar or dot between spaces, or a bar or dot. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[-–—|•·]\\s+|\\s*[|•·]\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s\\-–—|•·/,:;]+|[\\s\\-–—|•·/,:;]+$");

    private Lines() {}

    /**
     * Whether a block reads as running prose: at least {@link #PROSE_WORDS} words, or at least
     * {@link #SENTENCE_WORDS} ending like a sentence (or with the colon that introduces a list; a
     * closing bracket alone, as in "Headline (185)", does not end a sentence).
     * Text in CJK scripts, where each character counts as a word, needs {@link #CJK_FACTOR} times as many.
     * A {@link #isWordList list of words} is not prose, however long.
     *
     * @param b the block
     * @return true for prose
     */
    public static boolean isProse(Block b) {
        if (b.kind() == Kind.HEADING || b.kind() == Kind.CAPTION || isWordList(b)) {
            return false;
        }
        int words = b.words();
        if (words < SENTENCE_WORDS || words >= PROSE_WORDS * CJK_FACTOR) {
            return words >= PROSE_WORDS * CJK_FACTOR; // whatever the script
        }
        String t = b.text();
        int factor = b.mostlyCjk() ? CJK_FACTOR : 1;
        char last = t.charAt(t.length() - 1);
        return words >= PROSE_WORDS * factor
                || (words >= SENTENCE_WORDS * factor && (Texts.endsWithSentence(t) || last == ':' || last == '：'));
    }

    /**
     * Whether a block is a list of words run together: {@link #WORD_LIST_WORDS} words or more
     * without a {@link Texts#isSentenceEnd sentence end} or a mark of {@link #CLAUSE_PUNCTUATION},
     * in a script that has such marks (Thai and Lao are written without them).
     */
    private static boolean isWordList(Block b) {
        if (b.words() < WORD_LIST_WORDS) {
            return false;
        }
        String t = b.text();
        for (int i = t.length() - 1; i >= 0; i--) { // from the end: prose ends with a stop
            char c = t.charAt(i);
            if (Texts.isSentenceEnd(c) || CLAUSE_PUNCTUATION.indexOf(c) >= 0 || c >= '\u0E00' && c <= '\u0EFF') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a block could be a headline: a few words (CJK text may have {@link #CJK_FACTOR} times
     * as many), not ending like a sentence, not a label.
     *
     * @param b the block
     * @return true for a headline-like block
     */
    public static boolean isTitleLike(Block b) {
        int words = b.words();
        if (words < 1 || words > TITLE_MAX_WORDS * CJK_FACTOR || words > TITLE_MAX_WORDS && !b.mostlyCjk()) {
            return false;
        }
        String t = b.text().strip();
        char last = t.charAt(t.length() - 1);
        if (last == ':' || last == ',' || last == ';') {
            return false;
        }
        return !Texts.endsWithSentence(t) || endsWithQuestionOrExclamation(t);
    }

    /** Whether a text ends with ? or !, maybe followed by closing quotes or brackets. */
    private static boolean endsWithQuestionOrExclamation(String t) {
        int i = t.length();
        while (i > 0 && "\"”’'»)".indexOf(t.charAt(i - 1)) >= 0) {
            i--;
        }
        return i > 0 && (t.charAt(i - 1) == '?' || t.charAt(i - 1) == '!');
    }

    /**
     * Whether the first letter of a text is not lower case (headings and names start with a capital
     * or a caseless script); a digit before any letter counts as upper case.
     *
     * @param text the text
     * @return true if it starts upper case
     */
    public static boolean startsUpper(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                return !Character.isLowerCase(cp);
            }
            if (Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /**
     * The author, date and view count of an item meta line.
     *
     * @param author the author named on the line, or {@code null}
     * @param date   the date, or {@code null}
     * @param views  the view count, or {@code null}
     */
    public record ItemMeta(@Nullable String author, @Nullable LocalDate date, @Nullable Long views) {}

    /**
     * Reads a block as an item meta line: a date, a view count or a relative time ("2 hours ago",
     * which gives no date), optionally with an author name, joined by dashes, bars or dots. Returns
     * {@code null} if the line has none of these, or if more than a name is left over.
     *
     * @param block the block
     * @param dates the dates of the block's draft
     * @return the details, or {@code null}
     */
    public static @Nullable ItemMeta itemMeta(Block block, BlockDates dates) {
        String text = block.text();
        if (text.length() > 160 || !hasDigit(text)) {
            return null;
        }
        String rest = text;
        Dates.Found found = dates.find(block);
        LocalDate date = null;
        if (found != null) {
            date = found.date();
            rest = rest.substring(0, found.start()) + " | " + rest.substring(found.end());
        }
        Long views = null;
        int digit = firstAsciiDigit(rest); // a view count opens with one, before its word
        Matcher v = digit >= 0 && VIEW_WORDS.mayOccurAt(rest, digit) >= 0 ? VIEWS.matcher(rest) : null;
        if (v != null && v.find()) {
            views = parseCount(v.group(1), v.group(2));
            rest = rest.substring(0, v.start()) + " | " + rest.substring(v.end());
        }
        int[] time = date == null ? null : Dates.findTime(rest);
        if (time != null) {
            rest = rest.substring(0, time[0]) + " | " + rest.substring(time[1]);
        }
        if (date == null && views == null) {
            if (!RELATIVE_WORDS.mayOccurIn(rest)) {
                return null;
            }
            Matcher rel = RELATIVE_TIME.matcher(rest);
            if (!rel.find()) {
                return null;
            }
            rest = rest.substring(0, rel.start()) + " | " + rest.substring(rel.end());
        }
        String author = null;
        for (String part : PART_SEPARATOR.split(rest)) {
            String p = SEPARATORS.matcher(part).replaceAll("").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (author != null || Texts.wordCount(p) > 5 || !startsUpper(p) || Texts.endsWithTerminal(p)) {
                return null;
            }
            author = p;
        }
        return new ItemMeta(author, date, views);
    }

    /** The position of the first ASCII digit of a text, or -1. */
    private static int firstAsciiDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether a text has a code point that is a digit in any script.
     *
     * @param text the text
     * @return whether it has a digit
     */
    public static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80 ? cp >= '0' && cp <= '9' : Character.isDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    private static @Nullable Long parseCount(String digits, String suffix) {
        String d = digits.replaceAll("[.,]$", "");
        try {
            if (suffix != null) {
                double value = Double.parseDouble(d.replace(',', '.'));
                return Math.round(value * (suffix.equalsIgnoreCase("k") ? 1_000 : 1_000_000));
            }
            return Long.parseLong(d.replaceAll("[.,]", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
