package dev.winnow;

import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Rule changes that apply only to pages of one host (and, depending on its {@link Scope}, its
 * subdomains), layered on top of the cleaner's rule set when the input URL matches. Immutable; the
 * changes are validated when the cleaner is built. When several profiles match a page, the one
 * with the longest host wins, then the one added first.
 *
 * <pre>{@code
 * SiteProfile.forHost("news.example")
 *         .with(new NewsExampleBylineRule())
 *         .without(StandardRules.COMMENTS_TAIL);
 * }</pre>
 */
public final class SiteProfile {
    /** Which hosts a profile matches, given its host {@code example.com}. */
    public enum Scope {
        /** {@code example.com} and every subdomain ({@code www.example.com}, {@code news.example.com}). */
        HOST_AND_SUBDOMAINS,
        /** {@code example.com} and {@code www.example.com} only (ftr-site-config's {@code example.com.txt}). */
        HOST_AND_WWW,
        /**
         * Subdomains such as {@code news.example.com}, but neither {@code example.com} nor
         * {@code www.example.com} (ftr-site-config's {@code .example.com.txt}).
         */
        SUBDOMAINS_ONLY
    }

    private final String host;
    private final Scope scope;
    private final List<UnaryOperator<RuleSet>> changes;

    private SiteProfile(String host, Scope scope, List<UnaryOperator<RuleSet>> changes) {
        this.host = host;
        this.scope = scope;
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
        return forHost(host, Scope.HOST_AND_SUBDOMAINS);
    }

    /**
     * A profile for a host with an explicit scope.
     *
     * @param host  the host name
     * @param scope which hosts it matches
     * @return a profile without changes
     * @throws IllegalArgumentException if the host is blank, only dots, or holds a slash or a space
     */
    public static SiteProfile forHost(String host, Scope scope) {
        String raw = Objects.requireNonNull(host, "host").strip();
        String normalized = raw.contains("/") || raw.contains(" ") ? null : Source.normalizeHost(raw);
        if (normalized == null) {
            throw new IllegalArgumentException("not a host name: '" + host + "'");
        }
        return new SiteProfile(normalized, Objects.requireNonNull(scope, "scope"), List.of());
    }

    /** The host. @return the host name */
    public String host() {
        return host;
    }

    /** Which hosts the profile matches. @return the scope */
    public Scope scope() {
        return scope;
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
     * Whether a host is matched by this profile's host and {@link #scope()}.
     *
     * @param candidate the host to test, normalised as {@link Source#normalizeHost}, or {@code null}
     * @return true if it matches
     */
    public boolean matches(@Nullable String candidate) {
        if (candidate == null) {
            return false;
        }
        boolean same = candidate.equals(host);
        boolean www = candidate.length() == host.length() + 4 && candidate.startsWith("www.") && candidate.endsWith(host);
        boolean sub = !same && candidate.endsWith(host) && candidate.length() > host.length()
                && candidate.charAt(candidate.length() - host.length() - 1) == '.';
        return switch (scope) {
            case HOST_AND_SUBDOMAINS -> same || sub;
            case HOST_AND_WWW -> same || www;
            case SUBDOMAINS_ONLY -> sub && !www;
        };
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

    /**
     * Any change to the rule set for this site, for changes that depend on what the set holds
     * (replace a rule only if present, derive a rule from the one it replaces).
     *
     * @param change maps the cleaner's rule set (after the earlier changes) to this site's
     * @return a new profile
     */
    public SiteProfile change(UnaryOperator<RuleSet> change) {
        Objects.requireNonNull(change, "change");
        List<UnaryOperator<RuleSet>> copy = new ArrayList<>(changes);
        copy.add(change);
        return new SiteProfile(host, scope, copy);
    }
}
