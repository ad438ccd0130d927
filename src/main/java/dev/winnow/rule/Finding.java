package dev.winnow.rule;

/**
 * What a rule recognised in a block, kept on the block for later rules to read. A rule attaches a
 * finding to the block it marks ({@link Draft#mark(Block, dev.winnow.model.Role, String, Finding)}),
 * and later rules read it with {@link Block#finding(Class)}. Rules share their results this way and
 * never call each other, so a rule put in place of another ({@code RuleSet.replace}) changes what
 * every later rule reads, as long as it attaches the same kind of finding.
 *
 * <p>A finding is an immutable value, usually a record. The standard findings are {@link Byline}
 * and {@link Dateline}; a third-party rule may define its own.
 */
public interface Finding {
}
