/**
 * Winnow: cleans scraped news pages (raw HTML or flattened text) into a document model through a
 * pipeline of pluggable rules.
 *
 * <p>Exported: the front door ({@code dev.winnow}), the model, the rule SPI ({@code dev.winnow.rule})
 * and the standard rules, site rules, settings, writers, WARC reading and the CLI. Not exported: the
 * segmenters ({@code dev.winnow.segment}), the reading code the standard rules share
 * ({@code dev.winnow.reading}) and the helpers ({@code dev.winnow.internal}); no public signature of
 * an exported package names them. Every package is {@code @NullMarked} (JSpecify): a type is not
 * null unless marked {@code @Nullable}.
 *
 * @uses dev.winnow.RulePack rule packs applied by {@code Cleaner.Builder.discoverRulePacks()}
 */
module dev.winnow {
    exports dev.winnow;
    exports dev.winnow.cli;
    exports dev.winnow.model;
    exports dev.winnow.rule;
    exports dev.winnow.rules;
    exports dev.winnow.settings;
    exports dev.winnow.site;
    exports dev.winnow.warc;
    exports dev.winnow.write;

    // Rule SPI signatures hand out Jsoup nodes (Source.document(), Origin.element()).
    requires transitive org.jsoup;
    requires com.fasterxml.jackson.core;
    // Media type and charset detection. Tika's jars are automatic modules
    // (Automatic-Module-Name in their manifests).
    requires org.apache.tika.core;
    requires org.apache.tika.parser.html;
    requires org.apache.tika.parser.txt;
    // Tika's automatic modules declare no dependencies, so the named modules they load classes from
    // at run time are required here; without them a module-path user gets NoClassDefFoundError
    // (scripts/consumer-check.sh runs such a user).
    requires org.apache.commons.io;
    requires org.slf4j;
    requires java.xml;

    // Compile time only: the null-marking annotations.
    requires static org.jspecify;
    // Optional dependencies of the CLI and of WARC reading (WarcPages names jwarc's WarcReader;
    // jwarc has no module name of its own, so its name comes from its file name).
    requires static info.picocli;
    requires static jwarc;

    // Picocli reads the CLI's command classes by reflection.
    opens dev.winnow.cli to info.picocli;

    uses dev.winnow.RulePack;
}
