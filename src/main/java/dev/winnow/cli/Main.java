package dev.winnow.cli;

import dev.winnow.Cleaner;
import dev.winnow.settings.CleanerSettings;
import dev.winnow.site.LoadReport;
import dev.winnow.site.SiteRules;
import dev.winnow.FailurePolicy;
import dev.winnow.Input;
import dev.winnow.Report;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.rule.Rule;
import dev.winnow.rules.TruncatedEndingRule;
import dev.winnow.write.ArticleWriter;
import dev.winnow.write.ReportWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code winnow} command line: cleans one page ({@code winnow [options] FILE|-}), a directory
 * ({@code winnow batch IN OUT}), or lists the rules ({@code winnow --list-rules}).
 *
 * <p>Exit codes: {@value #CLEANED} every input was cleaned; {@value #FAILED} an input could not be
 * read or cleaned (it does not exist, is a directory, cannot be read, is a broken gzip file, or a
 * rule failed); {@value #USAGE} usage error (an unknown option, a bad option value such as an unknown
 * format or rule id, a missing argument); {@value #NOTHING_CLEANED} an input had nothing to clean
 * (binary or another unsupported type, an empty input, no text, or every block removed; see
 * {@link NothingCleaned}): one line on standard error says which, and the output is written as
 * usual. Every error is one line on standard error starting with {@code winnow: } and naming the
 * path; a usage error adds {@code Try 'winnow --help' for more information.}
 */
@Command(name = "winnow", mixinStandardHelpOptions = true, version = "winnow 0.1.0-SNAPSHOT",
        description = "Cleans a scraped news page (HTML or flattened text) into a clean document.",
        subcommands = BatchCommand.class,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every input was cleaned",
            "1:an input could not be read or cleaned (it does not exist, is a directory, cannot be read, is a "
                    + "broken gzip file; a rule failed)",
            "2:usage error (unknown option, bad option value, missing argument)",
            "3:nothing to clean: binary or unsupported data, an empty input, no text, or every block removed "
                    + "(one line on standard error says which; the output is still written; batch: pages skipped, "
                    + "none failed)"})
public final class Main implements Callable<Integer> {
    /** The {@code --format} of the explain report ({@link ReportWriter}). */
    static final String REPORT = "report";
    /** Exit code: every input was cleaned. */
    public static final int CLEANED = 0;
    /** Exit code: an input could not be read or cleaned. */
    public static final int FAILED = 1;
    /** Exit code: usage error. */
    public static final int USAGE = 2;
    /** Exit code: an input had nothing to clean (and, for {@code batch}, none failed). */
    public static final int NOTHING_CLEANED = 3;

    @Mixin
    CleaningOptions options = new CleaningOptions();

    @Option(names = "--url", paramLabel = "URL", description = "The page URL (resolves links, selects site rules).")
    String url;

    @Option(names = "--content-type", paramLabel = "TYPE",
            description = "The HTTP Content-Type of standard input, e.g. 'text/html; charset=iso-8859-1'.")
    String contentType;

    @Option(names = "--explain", description = "Also print every rule decision to standard error.")
    boolean explain;

    @Option(names = "--list-rules",
            description = "List the rules in run order (id, phase, description) and exit; with --url, the rules for "
                    + "that page; with --site-rules, also what loading them reported.")
    boolean listRules;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "The page to clean, or - for standard input.")
    String file;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard input; tests replace it. */
    InputStream stdin = System.in;

    /** Not instantiated by users. */
    public Main() {}

    /**
     * Runs the command line.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /**
     * Runs the command line with the given output streams (for tests).
     *
     * @param args the arguments
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, System.in, out, err);
    }

    /**
     * Runs the command line with the given standard streams (for tests).
     *
     * @param args the arguments
     * @param in   standard input
     * @param out  standard output
     * @param err  standard error
     * @return the exit code
     */
    public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        Main main = cl.getCommand();
        main.stdin = in;
        ((BatchCommand) cl.getSubcommands().get("batch").getCommand()).stdin = in;
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((e, arguments) -> {
            PrintWriter problems = e.getCommandLine().getErr();
            problems.println("winnow: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, problems);
            problems.println(tryHelp(e.getCommandLine()));
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("winnow: " + e.getMessage());
            if (e instanceof IllegalArgumentException) {
                line.getErr().println(tryHelp(line));
                return USAGE;
            }
            return FAILED;
        });
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The hint that ends a usage error, naming the (sub)command. */
    private static String tryHelp(CommandLine line) {
        return "Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.";
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cleaner cleaner = options.cleaner(FailurePolicy.FAIL, err);
        if (listRules) {
            for (Rule r : cleaner.rulesFor(url).rules()) {
                out.printf("%-22s %-9s %s%n", r.id(), r.phase(), r.description());
            }
            if (cleaner.siteProfiles() > 0 && url == null) {
                out.printf("(+ site rules for %d hosts; add --url URL to list the rules of one page)%n",
                        cleaner.siteProfiles());
            }
            if (options.sites != null && !options.siteRules.isEmpty()) {
                out.println();
                out.println("Site rules loaded: " + options.sites.report().summary());
                options.sites.report().warnings().forEach(out::println);
            }
            return CLEANED;
        }
        if (file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing FILE (or - for standard input)");
        }
        long maxBytes = cleaner.limits().maxInputBytes();
        Input input = file.equals("-") ? PageFiles.read(stdin, url, contentType, maxBytes)
                : PageFiles.open(Path.of(file), maxBytes).withUrl(url);
        Report report = cleaner.explain(options.shaped(input));
        String shown = file.equals("-") ? "standard input" : file;
        if (options.format.equals(REPORT)) {
            new ReportWriter().write(report, shown, out);
        } else {
            options.writer().write(report.article(), out);
        }
        out.flush();
        if (explain) {
            for (Decision d : report.trace()) {
                err.println(d);
            }
        }
        String kindWarning = KindCheck.warning(options.kind, report.article());
        if (kindWarning != null) {
            err.println("winnow: " + shown + ": warning: " + kindWarning);
        }
        String nothing = NothingCleaned.reason(report.article());
        if (nothing != null) {
            err.println("winnow: " + shown + ": " + nothing);
            return NOTHING_CLEANED;
        }
        return CLEANED;
    }

    /** Options shared by single-page and batch cleaning. */
    static final class CleaningOptions {
        @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
                description = "Output format: json, markdown, text, html, or report: one self-contained HTML file "
                        + "that shows every block of the page, kept or removed, with the rule and the reason "
                        + "(one page only) (default: ${DEFAULT-VALUE}).")
        String format = "json";

        @Option(names = "--kind", paramLabel = "KIND", defaultValue = "auto",
                description = "Input shape: auto, html or text (default: ${DEFAULT-VALUE}).")
        String kind = "auto";

        @Option(names = "--disable", paramLabel = "RULE-ID", description = "Disable a rule (repeatable).")
        List<String> disabled = new ArrayList<>();

        @Option(names = "--partial", paramLabel = "MODE", defaultValue = "keep",
                description = "A paragraph cut off at the end: keep, trim (to its last full sentence) or drop (default: ${DEFAULT-VALUE}).")
        String partial = "keep";

        @Option(names = "--site-rules", paramLabel = "PATH",
                description = "Load site rules (repeatable): a folder of ftr-site-config files (a clone of "
                        + "fivefilters/ftr-site-config) or a .json file of Winnow's site-rule format.")
        List<String> siteRules = new ArrayList<>();

        CleanerSettings settings(FailurePolicy policy) {
            TruncatedEndingRule.Partial mode = switch (partial) {
                case "keep" -> TruncatedEndingRule.Partial.KEEP;
                case "trim" -> TruncatedEndingRule.Partial.TRIM_TO_SENTENCE;
                case "drop" -> TruncatedEndingRule.Partial.DROP;
                default -> throw new IllegalArgumentException("--partial must be keep, trim or drop");
            };
            for (String path : siteRules) {
                if (!java.nio.file.Files.exists(Path.of(path))) {
                    throw new IllegalArgumentException("--site-rules: no such file or folder: " + path);
                }
            }
            return new CleanerSettings(disabled, mode, policy, siteRules);
        }

        /** The site rules the last {@link #cleaner} call loaded. */
        SiteRules sites;

        /** Builds the cleaner; a one-line summary of the site rules loaded goes to standard error. */
        Cleaner cleaner(FailurePolicy policy, PrintWriter err) {
            CleanerSettings settings = settings(policy);
            sites = settings.loadSiteRules();
            if (!siteRules.isEmpty()) {
                LoadReport r = sites.report();
                err.printf("winnow: site rules: %d sites from %d files, %d directive uses ignored (%d warnings), %d ms%n",
                        r.sites(), r.files(), r.ignoredUses(), r.warnings().size(), r.elapsed().toMillis());
                err.flush();
            }
            return settings.build(sites);
        }

        @Option(names = "--no-inline", description = "Markdown and HTML: write plain text without links and emphasis.")
        boolean noInline;

        ArticleWriter writer() {
            return ArticleWriter.forFormat(format, !noInline);
        }

        /** The input with the shape --kind forces, if any. */
        Input shaped(Input input) {
            return switch (kind) {
                case "auto" -> input;
                case "html" -> input.as(InputShape.HTML);
                case "text" -> input.as(InputShape.TEXT);
                default -> throw new IllegalArgumentException("--kind must be auto, html or text");
            };
        }
}
}
