package dev.winnow;

import dev.winnow.model.Article;
import dev.winnow.model.Ending;
import dev.winnow.model.InputInfo;
import dev.winnow.model.Metadata;
import dev.winnow.model.Status;
import dev.winnow.rule.Decision;
import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import dev.winnow.rule.Draft;
import dev.winnow.rule.Rule;
import dev.winnow.rule.Source;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.segment.HtmlParser;
import dev.winnow.segment.HtmlSegmenter;
import dev.winnow.segment.InputSniffer;
import dev.winnow.segment.Segmented;
import dev.winnow.segment.TextSegmenter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * Cleans news pages: segments the input (HTML or flattened text) into blocks, runs the rules phase
 * by phase, and assembles an immutable {@link Article}.
 *
 * <pre>{@code
 * Article article = Cleaner.standard().clean(Input.text(scraped));
 * article.ending().truncated();   // true when the last paragraph was cut off
 * article.related();              // the items of a trailing "Related News" list
 * }</pre>
 *
 * <p>A cleaner is immutable and thread-safe: build one and share it between threads. The output
 * is a pure function of the input and the configuration.
 */
public final class Cleaner {
    private static final Cleaner STANDARD = builder().build();
    /** The id under which the trace records a recovery ({@link Recovery}). */
    public static final String RECOVERY = "recovery";

    private final RuleSet rules;
    private final Map<String, List<Site>> sitesByHost;
    private final int siteCount;
    private final RuleRunner runner;
    private final Limits limits;
    private final TextSegmenter textSegmenter = new TextSegmenter();
    private final HtmlSegmenter htmlSegmenter = new HtmlSegmenter();

    private Cleaner(Builder b) {
        this.rules = b.rules;
        this.runner = new RuleRunner(b.failurePolicy);
        this.limits = b.limits;
        Map<String, List<Site>> byHost = new HashMap<>();
        for (SiteProfile site : b.sites) {
            byHost.computeIfAbsent(site.host(), h -> new ArrayList<>(1)).add(new Site(site, site.applyTo(rules)));
        }
        this.sitesByHost = byHost;
        this.siteCount = b.sites.size();
    }

    /** A site profile with its rule set resolved against the cleaner's rules. */
    private record Site(SiteProfile profile, RuleSet rules) {}

    /** The cleaner with the standard rules. @return the shared standard cleaner */
    public static Cleaner standard() {
        return STANDARD;
    }

    /** A builder starting from the standard rules. @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** The resource limits per document. @return the limits */
    public Limits limits() {
        return limits;
    }

    /** The rules this cleaner runs on pages no site profile matches. @return the rule set */
    public RuleSet rules() {
        return rules;
    }

    /** The number of site profiles this cleaner holds. @return the count */
    public int siteProfiles() {
        return siteCount;
    }

    /**
     * The rules that run for a page URL: the cleaner's rules with the changes of the matching site
     * profile, the one with the longest host first (then the one added first).
     *
     * @param url the page URL, or {@code null}
     * @return the rule set
     */
    public RuleSet rulesFor(@Nullable String url) {
        if (sitesByHost.isEmpty()) {
            return rules;
        }
        String host = new Source(InputShape.TEXT, url, null).host();
        for (String suffix = host; suffix != null; suffix = parentDomain(suffix)) {
            for (Site site : sitesByHost.getOrDefault(suffix, List.of())) {
                if (site.profile().matches(host)) {
                    return site.rules();
                }
            }
        }
        return rules;
    }

    private static @Nullable String parentDomain(String host) {
        int dot = host.indexOf('.');
        return dot < 0 ? null : host.substring(dot + 1);
    }

    /**
     * Cleans one page.
     *
     * @param input the page
     * @return the article
     * @throws RuleFailedException if a rule throws and the failure policy is {@link FailurePolicy#FAIL}
     */
    public Article clean(Input input) {
        return run(input, false).article();
    }

    /**
     * Cleans one page and returns every decision and every block (kept or removed) with the result.
     *
     * @param input the page
     * @return the article, its trace and its blocks
     * @throws RuleFailedException if a rule throws and the failure policy is {@link FailurePolicy#FAIL}
     */
    public Report explain(Input input) {
        return run(input, true);
    }

    /** Cleans a page; {@code withBlocks}: the report holds a snapshot of the blocks ({@link #explain} only). */
    private Report run(Input input, boolean withBlocks) {
        Objects.requireNonNull(input, "input");
        List<String> warnings = new ArrayList<>();
        boolean partial = false;
        InputInfo info;
        String content = null;
        InputShape shape = input.shape();
        if (input instanceof Input.Binary binary) {
            ByteDecoder.Decoded decoded = ByteDecoder.decode(binary, limits);
            warnings.addAll(decoded.warnings());
            info = decoded.info();
            partial = decoded.truncated();
            if (decoded.shape() == null) {
                Article unsupported = new Article(Metadata.empty(), List.of(), Ending.unknown(), List.of(), List.of(), 0,
                        Status.UNSUPPORTED, warnings, info);
                return new Report(unsupported, List.of());
            }
            content = decoded.text();
            shape = decoded.shape();
        } else if (input instanceof Input.Chars chars) {
            content = chars.content();
            info = InputInfo.ofString(content.length());
            if (content.length() > limits.maxInputBytes()) {
                content = content.substring(0, (int) limits.maxInputBytes());
                warnings.add("input longer than " + limits.maxInputBytes() + " characters: only the first part was read");
                partial = true;
            }
        } else {
            info = InputInfo.ofString(0);
        }
        if (shape != InputShape.TEXT && content != null) {
            int cut = HtmlParser.tagLimit(content, limits.maxNodes());
            if (cut >= 0) {
                content = content.substring(0, cut);
                warnings.add("more than " + limits.maxNodes() + " tags and attributes: only the first part of the page was"
                        + " parsed");
                partial = true;
            }
        }
        List<Rule> ruleList = rulesFor(input.url()).rules();
        Pass first = pass(input, content, shape, ruleList);
        Recovery.Plan plan = Recovery.plan(first.draft(), ruleList);
        if (plan != null) {
            Pass second = pass(input, content, shape, plan.rules());
            if (Recovery.better(first.draft(), second.draft())) {
                List<Decision> trace = new ArrayList<>(second.draft().trace());
                trace.add(new Decision(RECOVERY, -1, "recovered", plan.reason()));
                return Report.of(Recovery.recovered(second.assemble(warnings, info, partial), plan.reason()), trace,
                        withBlocks ? second.draft() : null);
            }
            List<Decision> trace = new ArrayList<>(first.draft().trace());
            trace.add(new Decision(RECOVERY, -1, "not recovered", plan.reason() + "; the second pass was no better"));
            return Report.of(first.assemble(warnings, info, partial), trace, withBlocks ? first.draft() : null);
        }
        return Report.of(first.assemble(warnings, info, partial), first.draft().trace(),
                withBlocks ? first.draft() : null);
    }

    /**
     * One pass of the rules over the input.
     *
     * @param draft    the finished draft
     * @param warnings what the parser and the segmenter noticed
     * @param partial  whether the segmenter stopped at a limit
     */
    private record Pass(Draft draft, List<String> warnings, boolean partial) {
        /** The article, with the warnings and partial state of the input before this pass. */
        Article assemble(List<String> inputWarnings, InputInfo info, boolean inputPartial) {
            List<String> all = new ArrayList<>(inputWarnings);
            all.addAll(warnings);
            return Assembler.assemble(draft, all, info, inputPartial || partial);
        }
    }

    /**
     * One pass of the rules over the input: parse (HTML), {@link DocumentRule}s on the document,
     * segmentation, the block rules.
     */
    private Pass pass(Input input, String content, InputShape shape, List<Rule> ruleList) {
        List<String> warnings = new ArrayList<>();
        boolean editsDocument = ruleList.stream().anyMatch(DocumentRule.class::isInstance);
        Source source = source(input, content, shape, editsDocument, warnings);
        Draft draft;
        Segmented segmented;
        if (source.document() == null) {
            segmented = segment(source, content);
            draft = Draft.of(source, segmented.blocks());
        } else {
            DocumentDraft prepared = DocumentDraft.of(source);
            runner.edit(prepared, ruleList, input.url());
            segmented = segment(source, content);
            draft = Draft.of(prepared, segmented.blocks());
        }
        if (segmented.warning() != null) {
            warnings.add(segmented.warning());
        }
        runner.apply(draft, ruleList, input.url());
        return new Pass(draft, warnings, segmented.warning() != null);
    }

    /**
     * The source of a run: for HTML the parsed document ({@link HtmlParser}, whose repairs are added
     * to the warnings), which is a copy of the caller's document when {@link DocumentRule}s may change
     * it.
     */
    private Source source(Input input, @Nullable String content, @Nullable InputShape declared, boolean mayChange,
            List<String> warnings) {
        Document doc = input instanceof Input.Parsed parsedInput ? parsedInput.document() : null;
        if (doc == null) {
            InputShape shape = declared != null ? declared : InputSniffer.sniff(content);
            if (shape == InputShape.TEXT) {
                return new Source(InputShape.TEXT, input.url(), null);
            }
            HtmlParser.Parsed parsed = HtmlParser.parse(content, input.url() == null ? "" : input.url(), limits.maxDepth());
            doc = parsed.document();
            if (parsed.warning() != null) {
                warnings.add(parsed.warning());
            }
        } else if (mayChange) {
            doc = doc.clone();
        }
        return new Source(InputShape.HTML, input.url(), doc);
    }

    private Segmented segment(Source source, String content) {
        return source.document() == null
                ? textSegmenter.segment(content, limits.maxBlocks(), limits.maxTextChars())
                : htmlSegmenter.segment(source.document(), limits.maxNodes(), limits.maxBlocks(), limits.maxTextChars());
    }

    /**
     * Configures a {@link Cleaner}. Not thread-safe; {@link #build()} validates everything and
     * fails with {@link IllegalArgumentException} on bad configuration.
     */
    public static final class Builder {
        private RuleSet rules = RuleSet.standard();
        private final List<SiteProfile> sites = new ArrayList<>();
        private FailurePolicy failurePolicy = FailurePolicy.FAIL;
        private Limits limits = Limits.standard();

        private Builder() {}

        /**
         * Sets the resource limits (default {@link Limits#standard()}).
         *
         * @param newLimits the limits
         * @return this builder
         */
        public Builder limits(Limits newLimits) {
            this.limits = Objects.requireNonNull(newLimits, "limits");
            return this;
        }

        /**
         * Sets the rules (default: {@link RuleSet#standard()}).
         *
         * @param ruleSet the rules
         * @return this builder
         */
        public Builder rules(RuleSet ruleSet) {
            this.rules = Objects.requireNonNull(ruleSet, "ruleSet");
            return this;
        }

        /** The rules set so far, to derive changes from. @return the rule set */
        public RuleSet rules() {
            return rules;
        }

        /**
         * Adds a site profile; of the profiles matching a page URL, the one with the longest host
         * applies (then the one added first).
         *
         * @param site the profile
         * @return this builder
         */
        public Builder site(SiteProfile site) {
            sites.add(Objects.requireNonNull(site, "site"));
            return this;
        }

        /**
         * Sets what happens when a rule throws (default {@link FailurePolicy#FAIL}).
         *
         * @param policy the policy
         * @return this builder
         */
        public Builder onRuleFailure(FailurePolicy policy) {
            this.failurePolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Applies a rule pack.
         *
         * @param pack the pack
         * @return this builder
         */
        public Builder use(RulePack pack) {
            Objects.requireNonNull(pack, "pack").extend(this);
            return this;
        }

        /**
         * Applies every {@link RulePack} found on the class path through {@link ServiceLoader}.
         * Nothing is discovered unless this is called.
         *
         * @return this builder
         * @throws IllegalStateException if a provider cannot be loaded, naming it
         */
        public Builder discoverRulePacks() {
            try {
                for (RulePack pack : ServiceLoader.load(RulePack.class, Cleaner.class.getClassLoader())) {
                    use(pack);
                }
            } catch (ServiceConfigurationError e) {
                throw new IllegalStateException("cannot load a rule pack: " + e.getMessage(), e);
            }
            return this;
        }

        /**
         * Builds the cleaner.
         *
         * @return the cleaner
         * @throws IllegalArgumentException if a site profile names an unknown rule
         */
        public Cleaner build() {
            return new Cleaner(this);
        }
    }
}
