/**
 * Site rules: declarative, per-host extraction hints read from the FiveFilters
 * <a href="https://github.com/fivefilters/ftr-site-config">ftr-site-config</a> format
 * ({@link dev.winnow.site.FtrFormat}) or from Winnow's own JSON format
 * ({@link dev.winnow.site.JsonFormat}), or built in Java ({@link dev.winnow.site.SiteConfig#forHost}).
 * A loaded {@link dev.winnow.site.SiteRules} is a {@link dev.winnow.RulePack}: each site becomes a
 * {@link dev.winnow.SiteProfile} whose rules ({@code site.replace}, {@code site.metadata},
 * {@code site.strip}, {@code site.body}) run in the ordinary pipeline and appear in the trace.
 *
 * <pre>{@code
 * SiteRules sites = SiteRules.loadFtr(Path.of("ftr-site-config"));
 * sites.report().warnings().forEach(System.err::println);   // what was ignored, and why
 * Cleaner cleaner = Cleaner.builder().use(sites).build();
 * }</pre>
 */
@NullMarked
package dev.winnow.site;

import org.jspecify.annotations.NullMarked;
