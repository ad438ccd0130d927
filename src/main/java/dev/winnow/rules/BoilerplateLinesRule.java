package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Marks page chrome as boilerplate: whole lines from the {@code boilerplate} phrase files (share
 * and follow prompts, "Advertisement", newsletter prompts), rows made only of such words ("Share
 * Facebook Twitter Email"), short lines opening with a {@code boilerplate-prefixes} phrase (cookie
 * notices), and short copyright lines (opening with © or "Copyright", with "© 2024", or opening or
 * ending with a {@code copyright} phrase). A short line between two such lines is part of the same box
 * (a newsletter pitch between "Sign up for our newsletter" and "Sign up").
 */
public final class BoilerplateLinesRule implements Rule {
    /** The most words a cookie notice or copyright line may have. */
    public static final int MAX_NOTICE_WORDS = 40;
    /** The most characters a cookie notice or copyright line may have. */
    public static final int MAX_NOTICE_CHARS = 600;
    /** The most words of a line taken as part of a box between two boilerplate lines. */
    public static final int MAX_BOXED_WORDS = 15;

    private static final Pattern COPYRIGHT_YEAR = Pattern.compile("©\\s*(?:19|20)\\d{2}");
    private static final Pattern COPYRIGHT_WORD = Pattern.compile("(?iu)copyright\\b");

    private final Phrases lines;
    private final Phrases prefixPhrases;
    private final Phrases copyrightPhrases;
    private final Pattern prefixes;
    private final Pattern copyrightOpening;
    private final Pattern copyrightEnding;

    private BoilerplateLinesRule(Phrases lines, Phrases prefixes, Phrases copyright) {
        this.lines = lines;
        this.prefixPhrases = prefixes;
        this.copyrightPhrases = copyright;
        this.prefixes = Pattern.compile("(?iu)^" + prefixes.alternationGroup() + "(?![\\p{L}\\d])");
        this.copyrightOpening = Pattern.compile("(?iu)^" + copyright.alternationGroup());
        this.copyrightEnding = Pattern.compile("(?iu)" + copyright.alternationGroup() + "[.!]?$");
    }

    /** The rule with the standard phrase files. @return the rule */
    public static BoilerplateLinesRule standard() {
        return new BoilerplateLinesRule(Phrases.standard("boilerplate"), Phrases.standard("boilerplate-prefixes"),
                Phrases.standard("copyright"));
    }

    /**
     * This rule with more whole-line phrases.
     *
     * @param phrases the phrases
     * @return a new rule
     */
    public BoilerplateLinesRule withLines(List<String> phrases) {
        return new BoilerplateLinesRule(lines.with(phrases), prefixPhrases, copyrightPhrases);
    }

    @Override public String id() { return StandardRules.BOILERPLATE_LINES; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "Marks share/follow prompts, ads, newsletter and cookie notices and copyright lines as boilerplate.";
    }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (!b.isBody()) {
                continue;
            }
            String t = b.text();
            if (lines.matchesFolded(b.folded())) {
                draft.mark(b, Role.BOILERPLATE, "boilerplate phrase");
            } else if (b.words() >= 2 && b.words() <= 8 && lines.mayOpen(b.folded()) && allWordsMatch(t)) {
                draft.mark(b, Role.BOILERPLATE, "row of boilerplate words");
            } else if (t.length() > MAX_NOTICE_CHARS || b.words() > MAX_NOTICE_WORDS) {
                continue;
            } else if (prefixPhrases.mayOpen(b) && prefixes.matcher(t).lookingAt()) {
                draft.mark(b, Role.BOILERPLATE, "notice opening");
            } else if (isCopyright(b)) {
                draft.mark(b, Role.BOILERPLATE, "copyright line");
            }
        }
        List<Block> all = draft.blocks();
        for (int i = 1; i + 1 < all.size(); i++) {
            Block b = all.get(i);
            if (b.isBody() && b.words() <= MAX_BOXED_WORDS && boxEdge(all.get(i - 1)) && boxEdge(all.get(i + 1))) {
                draft.mark(b, Role.BOILERPLATE, "between boilerplate lines");
            }
        }
    }

    /**
     * Opens with © or "(c)" or "Copyright", has "© 2024", or opens or ends with a copyright phrase.
     * The cheap word tests run before the phrase patterns.
     */
    private boolean isCopyright(Block b) {
        String t = b.text();
        int mark = t.indexOf('©');
        if (mark >= 0 && (t.substring(0, mark).isBlank() || COPYRIGHT_YEAR.matcher(t).find())
                || t.regionMatches(true, 0, "(c)", 0, 3)
                // A case-insensitive String comparison folds characters as the pattern does: the cheap test first.
                || t.regionMatches(true, 0, "copyright", 0, 9) && COPYRIGHT_WORD.matcher(t).lookingAt()) {
            return true;
        }
        return copyrightPhrases.mayOpen(b) && copyrightOpening.matcher(t).lookingAt()
                || copyrightPhrases.mayClose(b) && copyrightEnding.matcher(t).find();
    }

    private static boolean boxEdge(Block b) {
        return b.role() == Role.BOILERPLATE && b.roleRule().equals(StandardRules.BOILERPLATE_LINES);
    }

    private boolean allWordsMatch(String text) {
        for (String word : Texts.split(text, cp -> Texts.isAsciiSpace(cp) || cp == '|' || cp == '•' || cp == '·' || cp == '/')) {
            if (!word.isEmpty() && Texts.hasWordCharacter(word) && !lines.matchesLine(word)) {
                return false;
            }
        }
        return true;
    }
}
