package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks author lines as bylines: a short line opening with a {@code byline-prefixes} phrase ("By",
 * "Von", "Par", "Автор") followed by one or more validated names, or such a prefix alone on its line
 * followed by a line that is a name. {@link #authors(String)} reads
 * the names; a date on the same line is left to {@link BlockMetadataRule}.
 */
public final class BylineRule implements Rule {
    /** The most words a byline may have. */
    public static final int MAX_WORDS = 20;
    private static final Pattern PREFIX = Pattern.compile(
            "(?iu)^\\s*" + Phrases.standard("byline-prefixes").alternationGroup() + "(?:\\s*[:：/／]\\s*|\\s+)(?<names>.+)$");
    private static final Phrases PREFIXES = Phrases.standard("byline-prefixes");
    private static final Pattern LONE_PREFIX = Pattern.compile(
            "(?iu)^\\s*" + Phrases.standard("byline-prefixes").alternationGroup() + "\\s*[:：]?\\s*$");
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "(?:\\G|(?<!\\s))\\s*(?:,|;|&|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bи\\b|\\bve\\b|\\bdan\\b|\\bvà\\b|、|و)\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TRAILING_DOT = Pattern.compile("[.]$");
    private static final Pattern TAIL = Pattern.compile("(?:\\G|(?<!\\s))\\s+[|•·–—-]\\s+.*$|(?:\\G|(?<!\\s))\\s*\\|.*$");

    /** Creates the rule. */
    public BylineRule() {}

    @Override public String id() { return StandardRules.BYLINE; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() { return "Marks 'By Jane Doe'-style author lines as bylines."; }

    @Override
    public void apply(Draft draft) {
        List<Block> all = draft.blocks();
        for (int i = 0; i < all.size(); i++) {
            Block b = all.get(i);
            if (!b.isBody() || b.words() > MAX_WORDS || !PREFIXES.mayOpen(Lines.foldedStart(b))) {
                continue;
            }
            if (!authors(b.text()).isEmpty()) {
                draft.mark(b, Role.BYLINE, "author line");
            } else if (i + 1 < all.size() && LONE_PREFIX.matcher(b.text()).matches() && all.get(i + 1).isBody()
                    && isName(all.get(i + 1).text().strip())) {
                draft.mark(b, Role.BYLINE, "byline prefix on its own line");
                draft.mark(all.get(i + 1), Role.BYLINE, "name after a byline prefix");
            }
        }
    }

    /**
     * The author names of a byline, or an empty list if the text is not a byline.
     *
     * @param text the line
     * @return the names in order
     */
    static List<String> authors(String text) {
        Matcher m = PREFIX.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String names = TAIL.matcher(m.group("names")).replaceFirst("");
        List<String> out = new ArrayList<>();
        String[] parts = NAME_SPLIT.split(names);
        for (int i = 0; i < parts.length; i++) {
            String p = TRAILING_DOT.matcher(parts[i].strip()).replaceAll("");
            if (p.isEmpty()) {
                continue;
            }
            if (isName(p)) {
                out.add(p);
            } else if (i == 0 || Texts.wordCount(p) > 3) {
                return List.of();
            }
        }
        return out;
    }

    /** A person's name: 2 to 5 words each starting with a capital (or caseless-script text of 2 to 12 characters). */
    static boolean isName(String p) {
        if (Texts.endsWithTerminal(p) || p.codePoints().anyMatch(Character::isDigit)) {
            return false;
        }
        String[] words = SPACES.split(p);
        boolean caseless = p.codePoints().filter(Character::isLetter)
                .noneMatch(cp -> Character.isUpperCase(cp) || Character.isLowerCase(cp));
        if (caseless) {
            return p.codePointCount(0, p.length()) >= 2 && p.codePointCount(0, p.length()) <= 12 && words.length <= 4;
        }
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        int capitals = 0;
        for (String w : words) {
            if (Lines.startsUpper(w)) {
                capitals++;
            } else if (!isParticle(w)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    private static boolean isParticle(String w) {
        return switch (w) {
            case "van", "von", "der", "de", "da", "del", "di", "du", "la", "le", "bin", "al", "ibn", "dos", "das", "y" -> true;
            default -> false;
        };
    }
}
