package dev.winnow;

import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Rule changes that apply only to pages of one host and its subdomains, layered on top of the
 * cleaner's rule set when the input URL matches. Immutable; the changes are validated when the
 * cleaner is built.
 *
 * <pre>{@code
 * SiteProfile.forHost("news.example")
 *         .with(new NewsExampleBylineRule())
 *         .without(StandardRules.COMMENTS_TAIL);
 * }</pre>
 */
public final class SiteProfile {
    private final String host;
    private final List<UnaryOperator<RuleSet>> changes;

    private SiteProfile(String host, List<UnaryOperator<RuleSet>> changes) {
        this.host = host;
        this.changes = List.copyOf(changes);
    }

    /**
     * A profile for a host; it also matches every subdomain ({@code example.com} matches
     * {@code www.example.com}).
     *
     * @param host the host name
     * @return a profile without changes
     */
    public static SiteProfile forHost(String host) {
        String raw = Objects.requireNonNull(host, "host").strip();
        if (raw.isEmpty() || raw.contains("/") || raw.contains(" ")) {
            throw new IllegalArgumentException("not a host name: '" + host + "'");
        }
        return new SiteProfile(Source.normalizeHost(raw), List.of());
    }

    /** The host. @return the host name */
    public String host() {
        return host;
    }

    /**
     * Adds a rule for this site. @param rule the rule @return a new profile
     */
    public SiteProfile with(Rule rule) {
        return change(set -> set.with(rule));
    }

    /**
     * Replaces a rule for this site. @param id the rule to replace @param rule the replacement
     * @return a new profile
     */
    public SiteProfile replace(String id, Rule rule) {
        return change(set -> set.replace(id, rule));
    }

    /**
     * Disables a rule for this site. @param id the rule to disable @return a new profile
     */
    public SiteProfile without(String id) {
        return change(set -> set.without(id));
    }

    /**
     * Inserts a rule before another for this site. @param anchorId the anchor @param rule the rule
     * @return a new profile
     */
    public SiteProfile insertBefore(String anchorId, Rule rule) {
        return change(set -> set.insertBefore(anchorId, rule));
    }

    /**
     * Inserts a rule after another for this site. @param anchorId the anchor @param rule the rule
     * @return a new profile
     */
    public SiteProfile insertAfter(String anchorId, Rule rule) {
        return change(set -> set.insertAfter(anchorId, rule));
    }

    /**
     * Whether a host is this profile's host or one of its subdomains.
     *
     * @param candidate the host to test, normalised as {@link Source#normalizeHost}, or {@code null}
     * @return true if it matches
     */
    public boolean matches(String candidate) {
        return candidate != null && (candidate.equals(host) || candidate.endsWith("." + host));
    }

    /**
     * Applies this profile's changes to a rule set.
     *
     * @param base the cleaner's rule set
     * @return the rule set for this site
     * @throws IllegalArgumentException if a change names an unknown rule
     */
    public RuleSet applyTo(RuleSet base) {
        RuleSet set = base;
        for (UnaryOperator<RuleSet> c : changes) {
            set = c.apply(set);
        }
        return set;
    }

    private SiteProfile change(UnaryOperator<RuleSet> change) {
        List<UnaryOperator<RuleSet>> copy = new ArrayList<>(changes);
        copy.add(change);
        return new SiteProfile(host, copy);
    }
}
