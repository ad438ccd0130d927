package dev.winnow.settings;

import dev.winnow.Cleaner;
import dev.winnow.FailurePolicy;
import dev.winnow.RuleSet;
import dev.winnow.rules.StandardRules;
import dev.winnow.rules.TruncatedEndingRule;
import dev.winnow.site.SiteRules;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A serializable description of a standard cleaner: which standard rules to leave out, what to
 * do with a paragraph that was cut off, and which site rules to load. Distributed jobs (Spark) ship
 * the settings and build the {@link Cleaner} where they run; the command line builds its cleaner
 * from them too. Immutable.
 *
 * @param disabledRules ids of standard rules to leave out
 * @param partial       what happens to a paragraph cut off at the end
 * @param policy        what a rule failure does
 * @param siteRules     site rules to load, in order: a folder of ftr-site-config files or a
 *                      {@code .json} file of Winnow's format ({@link SiteRules}); the paths must be
 *                      readable where the cleaner is built
 */
public record CleanerSettings(List<String> disabledRules, TruncatedEndingRule.Partial partial, FailurePolicy policy,
        List<String> siteRules) implements Serializable {

    /** Copies the lists and checks for nulls. */
    public CleanerSettings {
        disabledRules = List.copyOf(disabledRules);
        Objects.requireNonNull(partial, "partial");
        Objects.requireNonNull(policy, "policy");
        siteRules = List.copyOf(siteRules);
    }

    /** The settings of {@link Cleaner#standard()}. @return the settings */
    public static CleanerSettings standard() {
        return new CleanerSettings(List.of(), TruncatedEndingRule.Partial.KEEP, FailurePolicy.FAIL, List.of());
    }

    /**
     * These settings with more site rules.
     *
     * @param path a folder of ftr-site-config files or a {@code .json} file of Winnow's format
     * @return new settings
     */
    public CleanerSettings withSiteRules(String path) {
        List<String> all = new java.util.ArrayList<>(siteRules);
        all.add(Objects.requireNonNull(path, "path"));
        return new CleanerSettings(disabledRules, partial, policy, all);
    }

    /**
     * Loads the site rules these settings name.
     *
     * @return the site rules (empty when none are named)
     * @throws UncheckedIOException if a path cannot be read
     */
    public SiteRules loadSiteRules() {
        SiteRules all = SiteRules.of(List.of());
        for (String path : siteRules) {
            Path p = Path.of(path);
            try {
                all = all.and(Files.isDirectory(p) ? SiteRules.loadFtr(p) : SiteRules.loadJson(p));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load site rules " + path + ": " + e.getMessage(), e);
            }
        }
        return all;
    }

    /**
     * These settings without more standard rules.
     *
     * @param ruleIds the rule ids
     * @return new settings
     */
    public CleanerSettings without(String... ruleIds) {
        List<String> all = new java.util.ArrayList<>(disabledRules);
        all.addAll(List.of(ruleIds));
        return new CleanerSettings(all, partial, policy, siteRules);
    }

    /**
     * These settings with another treatment of a cut-off paragraph.
     *
     * @param treatment the treatment
     * @return new settings
     */
    public CleanerSettings withPartial(TruncatedEndingRule.Partial treatment) {
        return new CleanerSettings(disabledRules, treatment, policy, siteRules);
    }

    /**
     * These settings with another rule-failure policy.
     *
     * @param failurePolicy the policy
     * @return new settings
     */
    public CleanerSettings withPolicy(FailurePolicy failurePolicy) {
        return new CleanerSettings(disabledRules, partial, failurePolicy, siteRules);
    }

    /**
     * Builds the cleaner, loading the site rules these settings name.
     *
     * @return a new cleaner
     * @throws IllegalArgumentException if a rule id is not a standard rule
     * @throws UncheckedIOException if a site-rules path cannot be read
     */
    public Cleaner build() {
        return build(loadSiteRules());
    }

    /**
     * Builds the cleaner with site rules loaded already (for example by {@link #loadSiteRules()},
     * to look at their report first).
     *
     * @param sites the site rules to use
     * @return a new cleaner
     * @throws IllegalArgumentException if a rule id is not a standard rule
     */
    public Cleaner build(SiteRules sites) {
        RuleSet rules = RuleSet.standard();
        if (partial != TruncatedEndingRule.Partial.KEEP) {
            rules = rules.replace(StandardRules.TRUNCATED_ENDING, TruncatedEndingRule.standard().withPartial(partial));
        }
        for (String id : disabledRules) {
            rules = rules.without(id);
        }
        return Cleaner.builder().rules(rules).onRuleFailure(policy).use(sites).build();
    }
}
