package dev.winnow.rules;

import dev.winnow.Limits;
import dev.winnow.internal.RuleViews;
import dev.winnow.model.Role;
import dev.winnow.rule.Block;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Kind;
import dev.winnow.rule.Origin;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.segment.HtmlParser;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.TextSegmenter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The one place where the rule unit tests build {@link Draft}s, run a rule on them and read what it
 * decided. When the draft API changes (findings, input shapes, a rule-only draft view), only this
 * helper should need to change.
 *
 * <p>Text drafts are built block by block: one {@link Kind#PARAGRAPH} per line, as the text
 * segmenter cuts flattened text without blank lines, unless a line is given with {@link #item} or
 * {@link #heading}. HTML drafts go through the real parser and segmenter, so blocks carry their DOM
 * origin (element, tag path, class tokens, link density, link target).
 */
final class Drafts {
    /** The page URL HTML drafts are parsed against unless a test gives one. */
    static final String URL = "https://news.example.com/2024/03/12/budget-delayed-again";

    private Drafts() {}

    /** A line with a structural kind other than paragraph, for {@link #text(Object...)}. */
    record Line(String text, Kind kind, int level, int listId, boolean ordered) {}

    /** A list item of list {@code listId}. @param listId the list @param text the text @return the line */
    static Line item(int listId, String text) {
        return new Line(text, Kind.LIST_ITEM, 0, listId, false);
    }

    /** A heading. @param level 1..6 @param text the text @return the line */
    static Line heading(int level, String text) {
        return new Line(text, Kind.HEADING, level, -1, false);
    }

    /**
     * A draft of flattened text without URL: one block per argument, a {@link String} being a
     * paragraph and a {@link Line} what it says.
     *
     * @param lines strings or lines
     * @return the draft
     */
    static Draft text(Object... lines) {
        return textAt(null, lines);
    }

    /**
     * A draft of flattened text from a page URL.
     *
     * @param url   the page URL, or {@code null}
     * @param lines strings or lines
     * @return the draft
     */
    static Draft textAt(String url, Object... lines) {
        List<Block> blocks = new ArrayList<>();
        for (Object o : lines) {
            Line line = o instanceof Line l ? l : new Line((String) o, Kind.PARAGRAPH, 0, -1, false);
            blocks.add(new Block(blocks.size(), line.text(), line.kind(), line.level(), line.listId(), line.ordered(),
                    Origin.textLine(blocks.size() + 1)));
        }
        return Draft.of(new Source(InputShape.TEXT, url, null), blocks);
    }

    /**
     * A draft of flattened text cut by the real text segmenter (blank lines, hard wraps, bullets,
     * table rows), for rules whose behaviour depends on what the segmenter makes of the text.
     *
     * @param text the flattened page
     * @return the draft
     */
    static Draft segmentedText(String text) {
        return Draft.of(new Source(InputShape.TEXT, null, null), new TextSegmenter().segment(text));
    }

    /** An HTML draft from {@link #URL}. @param html the page @return the draft */
    static Draft html(String html) {
        return htmlAt(URL, html);
    }

    /**
     * An HTML draft parsed and segmented as the cleaner does.
     *
     * @param url  the page URL, or {@code null}
     * @param html the page
     * @return the draft
     */
    static Draft htmlAt(String url, String html) {
        HtmlParser.Parsed parsed = HtmlParser.parse(html, url == null ? "" : url, Limits.standard().maxDepth());
        return Draft.of(new Source(InputShape.HTML, url, parsed.document()),
                new HtmlSegmenter().segment(parsed.document()));
    }

    /**
     * Runs one rule on a draft as the engine does: not at all when it does not apply to the draft's
     * input shape, otherwise with its decisions recorded under its id.
     *
     * @param rule  the rule
     * @param draft the draft
     * @return the draft
     */
    static Draft apply(Rule rule, Draft draft) {
        if (rule.appliesTo(draft.source().kind())) {
            rule.apply(RuleViews.of(draft, rule.id()));
        }
        return draft;
    }

    /**
     * Sets up what an earlier rule decided: runs {@code decisions} on the draft under the id of
     * that rule, so the trace and {@link Block#roleRule()} look as if it had run.
     *
     * @param draft     the draft
     * @param ruleId    the id of the earlier rule
     * @param decisions what it decided
     * @return the draft
     */
    static Draft given(Draft draft, String ruleId, Consumer<Draft> decisions) {
        decisions.accept(RuleViews.of(draft, ruleId));
        return draft;
    }

    /**
     * Gives blocks a role as an earlier rule would have.
     *
     * @param draft  the draft
     * @param ruleId the id of the earlier rule
     * @param role   the role
     * @param texts  the exact texts of the blocks
     * @return the draft
     */
    static Draft marked(Draft draft, String ruleId, Role role, String... texts) {
        return given(draft, ruleId, d -> {
            for (String t : texts) {
                d.mark(block(d, t), role, "set up by the test");
            }
        });
    }

    /**
     * The one block whose text is exactly {@code text}.
     *
     * @param draft the draft
     * @param text  the text
     * @return the block
     * @throws AssertionError if there is not exactly one
     */
    static Block block(Draft draft, String text) {
        List<Block> found = draft.blocks().stream().filter(b -> b.text().equals(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " blocks with text \"" + text + "\" in " + draft.blocks());
        }
        return found.get(0);
    }

    /** The role of the one block whose text is {@code text}. @param draft the draft @param text the text @return the role */
    static Role role(Draft draft, String text) {
        return block(draft, text).role();
    }

    /** The texts of the blocks with a role, in page order. @param draft the draft @param role the role @return the texts */
    static List<String> texts(Draft draft, Role role) {
        return draft.blocks().stream().filter(b -> b.role() == role).map(Block::text).toList();
    }

    /** The decisions a rule recorded, in order. @param draft the draft @param ruleId the rule @return the decisions */
    static List<Decision> decisions(Draft draft, String ruleId) {
        return draft.trace().stream().filter(d -> d.rule().equals(ruleId)).toList();
    }

    /**
     * The decision a rule recorded about one block, or {@code null}.
     *
     * @param draft  the draft
     * @param ruleId the rule
     * @param text   the exact text of the block
     * @return the last decision about it
     */
    static Decision decision(Draft draft, String ruleId, String text) {
        int index = block(draft, text).index();
        Decision found = null;
        for (Decision d : decisions(draft, ruleId)) {
            if (d.block() == index) {
                found = d;
            }
        }
        return found;
    }
}
