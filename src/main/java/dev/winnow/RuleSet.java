package dev.winnow;

import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import dev.winnow.rules.StandardRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An immutable, validated, ordered set of rules, unique by id. Start from {@link #standard()} and
 * derive copies: {@link #with} appends, {@link #insertBefore} / {@link #insertAfter} place a rule
 * next to another of the same phase, {@link #replace} swaps one, {@link #without} disables one.
 * Unknown, malformed or duplicate ids fail at once with {@link IllegalArgumentException}.
 *
 * <pre>{@code
 * RuleSet rules = RuleSet.standard()
 *         .with(new PodcastPromoRule())
 *         .without(StandardRules.COMMENTS_TAIL);
 * }</pre>
 *
 * <p>Rules run phase by phase ({@link Phase} order); within a phase, in set order.
 */
public final class RuleSet {
    private static final Pattern ID = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*\\.)*[a-z0-9]+(-[a-z0-9]+)*");
    private static final RuleSet EMPTY = new RuleSet(List.of());

    private final List<Rule> rules;

    private RuleSet(List<Rule> rules) {
        List<String> seen = new ArrayList<>();
        for (Rule rule : rules) {
            Objects.requireNonNull(rule, "rule");
            String id = Objects.requireNonNull(rule.id(), () -> rule.getClass().getName() + ".id()");
            if (!ID.matcher(id).matches()) {
                throw new IllegalArgumentException("rule id '" + id + "' is not kebab-case (vendor.rule-name)");
            }
            Objects.requireNonNull(rule.phase(), () -> "phase of rule " + id);
            if (rule instanceof DocumentRule && rule.phase() != Phase.PREPARE) {
                throw new IllegalArgumentException("document rule '" + id + "' runs in " + rule.phase()
                        + ": a document rule edits the document before segmentation, in PREPARE");
            }
            if (!(rule instanceof DocumentRule) && rule.phase() == Phase.PREPARE) {
                throw new IllegalArgumentException("rule '" + id + "' runs in PREPARE but is not a DocumentRule:"
                        + " only document rules run before segmentation");
            }
            if (seen.contains(id)) {
                throw new IllegalArgumentException("duplicate rule id '" + id + "'");
            }
            seen.add(id);
        }
        List<Rule> sorted = new ArrayList<>(rules);
        sorted.sort(Comparator.comparing(Rule::phase));
        this.rules = List.copyOf(sorted);
    }

    /** The standard rules in their documented order; see {@link StandardRules}. @return the set */
    public static RuleSet standard() {
        return new RuleSet(StandardRules.all());
    }

    /** A set with no rules. @return the empty set */
    public static RuleSet empty() {
        return EMPTY;
    }

    /**
     * A set of the given rules.
     *
     * @param rules the rules
     * @return the set
     */
    public static RuleSet of(List<? extends Rule> rules) {
        return new RuleSet(List.copyOf(rules));
    }

    /** The rules in run order. @return the rules */
    public List<Rule> rules() {
        return rules;
    }

    /** The ids in run order. @return the ids */
    public List<String> ids() {
        return rules.stream().map(Rule::id).toList();
    }

    /**
     * Whether a rule with this id is in the set.
     *
     * @param id the id
     * @return true if present
     */
    public boolean contains(String id) {
        return indexOf(id) >= 0;
    }

    /**
     * The rule with an id.
     *
     * @param id the rule id
     * @return the rule, or empty if the set has none with that id
     */
    public java.util.Optional<Rule> find(String id) {
        int i = indexOf(id);
        return i < 0 ? java.util.Optional.empty() : java.util.Optional.of(rules.get(i));
    }

    /**
     * This set plus a rule at the end of its phase.
     *
     * @param rule the rule
     * @return a new set
     */
    public RuleSet with(Rule rule) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.add(rule);
        return new RuleSet(copy);
    }

    /**
     * This set with a rule placed right before another of the same phase.
     *
     * @param anchorId the id of the rule to insert before
     * @param rule     the rule
     * @return a new set
     */
    public RuleSet insertBefore(String anchorId, Rule rule) {
        return insert(anchorId, rule, 0);
    }

    /**
     * This set with a rule placed right after another of the same phase.
     *
     * @param anchorId the id of the rule to insert after
     * @param rule     the rule
     * @return a new set
     */
    public RuleSet insertAfter(String anchorId, Rule rule) {
        return insert(anchorId, rule, 1);
    }

    /**
     * This set with one rule replaced by another (same place; the new rule's phase decides when it runs).
     *
     * @param id   the id of the rule to replace
     * @param rule the replacement
     * @return a new set
     */
    public RuleSet replace(String id, Rule rule) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.set(required(id), rule);
        return new RuleSet(copy);
    }

    /**
     * This set without a rule.
     *
     * @param id the id of the rule to disable
     * @return a new set
     */
    public RuleSet without(String id) {
        List<Rule> copy = new ArrayList<>(rules);
        copy.remove(required(id));
        return new RuleSet(copy);
    }

    private RuleSet insert(String anchorId, Rule rule, int offset) {
        int at = required(anchorId);
        Phase anchorPhase = rules.get(at).phase();
        if (rule.phase() != anchorPhase) {
            throw new IllegalArgumentException("rule '" + rule.id() + "' runs in " + rule.phase()
                    + " but '" + anchorId + "' runs in " + anchorPhase);
        }
        List<Rule> copy = new ArrayList<>(rules);
        copy.add(at + offset, rule);
        return new RuleSet(copy);
    }

    private int indexOf(String id) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private int required(String id) {
        int i = indexOf(id);
        if (i < 0) {
            throw new IllegalArgumentException("no rule with id '" + id + "'; known ids: " + ids());
        }
        return i;
    }

    @Override
    public String toString() {
        return "RuleSet" + ids();
    }
}
