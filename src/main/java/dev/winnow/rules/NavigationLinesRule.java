package dev.winnow.rules;

import dev.winnow.internal.Texts;
import dev.winnow.model.Role;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.regex.Pattern;

/**
 * Marks site navigation: whole lines from the {@code navigation} phrase files ("Home", "Log in",
 * "Subscribe"), rows of such words ("Home News Sport Weather"), and menus or breadcrumbs written on
 * one line ("Home | World | Business", "Home > World > Europe"): at least three short parts between
 * separators, none ending like a sentence.
 */
public final class NavigationLinesRule implements Rule {
    /** A menu separator with the spaces around it. */
    private static final Pattern MENU_SEPARATOR = Pattern.compile("(?:\\G|(?<!\\s))\\s*(?:\\||›|»|>|•|·|/|\\\\)\\s*");
    /** The most words one part of a one-line menu may have. */
    public static final int MAX_PART_WORDS = 4;
    /** The most characters a navigation line may have. */
    public static final int MAX_CHARS = 400;

    private final Phrases phrases;

    private NavigationLinesRule(Phrases phrases) {
        this.phrases = phrases;
    }

    /** The rule with the standard phrase files. @return the rule */
    public static NavigationLinesRule standard() {
        return new NavigationLinesRule(Phrases.standard("navigation"));
    }

    @Override public String id() { return StandardRules.NAVIGATION_LINES; }

    @Override public Phase phase() { return Phase.CLASSIFY; }

    @Override public String description() {
        return "Marks menu items, account links, one-line menus and breadcrumbs as navigation.";
    }

    @Override
    public void apply(Draft draft) {
        for (Block b : draft.blocks()) {
            if (!b.isBody() || b.words() > 40 || b.text().length() > MAX_CHARS) {
                continue;
            }
            String t = b.text();
            if (phrases.matchesFolded(b.folded())) {
                draft.mark(b, Role.NAVIGATION, "navigation phrase");
            } else if (isMenuLine(t)) {
                draft.mark(b, Role.NAVIGATION, "one-line menu or breadcrumb");
            } else if (b.words() >= 3 && b.words() <= 12 && phrases.mayOpen(b.folded()) && allWordsMatch(t)) {
                draft.mark(b, Role.NAVIGATION, "row of menu words");
            }
        }
    }

    /** The number of menu separator characters in a text. */
    private static int separators(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isMenuSeparator(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Whether a character is one of the menu separators {@link #MENU_SEPARATOR} matches. */
    private static boolean isMenuSeparator(char c) {
        return switch (c) {
            case '|', '›', '»', '>', '•', '·', '/', '\\' -> true;
            default -> false;
        };
    }

    private static boolean isMenuLine(String text) {
        if (separators(text) < 2) {
            return false;
        }
        String[] parts = MENU_SEPARATOR.split(text);
        if (parts.length < 3) {
            return false;
        }
        int nonEmpty = 0;
        for (String p : parts) {
            if (p.isBlank()) {
                continue;
            }
            if (Texts.wordCount(p) > MAX_PART_WORDS || Texts.endsWithTerminal(p) || p.strip().endsWith(",")
                    || !p.codePoints().anyMatch(Character::isLetter)) {
                return false;
            }
            nonEmpty++;
        }
        return nonEmpty >= 3;
    }

    private boolean allWordsMatch(String text) {
        for (String word : dev.winnow.internal.Texts.split(text, dev.winnow.internal.Texts::isAsciiSpace)) {
            if (Texts.hasWordCharacter(word) && !phrases.matchesLine(word)) {
                return false;
            }
        }
        return true;
    }
}
