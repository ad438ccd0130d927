package dev.winnow;

/**
 * A named bundle of configuration (rules, site profiles) that extends a {@link Cleaner.Builder}
 * through its public methods. Register one with {@link Cleaner.Builder#use(RulePack)}, or ship it
 * in a jar with a {@code META-INF/services/dev.winnow.RulePack} entry and let users opt in to
 * discovery with {@link Cleaner.Builder#discoverRulePacks()}.
 */
public interface RulePack {
    /** A stable name for messages, e.g. {@code acme-sites}. @return the name */
    String name();

    /**
     * Adds this pack's configuration.
     *
     * @param builder the builder to extend
     */
    void extend(Cleaner.Builder builder);
}
