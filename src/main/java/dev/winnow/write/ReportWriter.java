package dev.winnow.write;

import dev.winnow.Report;
import dev.winnow.model.Article;
import dev.winnow.model.Ending;
import dev.winnow.model.InputInfo;
import dev.winnow.model.Metadata;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Role;
import dev.winnow.rule.Decision;
import dev.winnow.rule.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the explain report of one page ({@link dev.winnow.Cleaner#explain}) as one self-contained
 * HTML file: the page as Winnow saw it, block by block (kept blocks plain, removed blocks shaded by
 * role, each with the id of the rule that removed it and why, and every other decision taken on it),
 * and beside it the verdict (status, confidence, blocks kept and removed, words removed per rule),
 * the chosen content root, the ending with its evidence, the related items with all their fields,
 * the metadata with the source of each field, the input (media type, charset and how it was chosen)
 * and the page-level decisions.
 *
 * <p>The file needs nothing else: its CSS is in a {@code <style>} element, it has no script, font,
 * image or style sheet from elsewhere, and a {@code Content-Security-Policy} meta element forbids any
 * (links of related items are plain links, and only when their URL is http, https, mailto or
 * relative). It reads the public {@link Report} only. Stateless and thread-safe.
 */
public final class ReportWriter {
    private static final String STYLE = """
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1b1e23;background:#f6f7f9}
            header{padding:14px 24px;background:#1f2937;color:#f9fafb}
            header h1{margin:0;font-size:20px}
            header .source{margin:2px 0 8px;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;color:#cbd5e1;word-break:break-all}
            .verdict{display:flex;flex-wrap:wrap;gap:8px;margin:0;padding:0;list-style:none}
            .verdict li{background:#374151;border-radius:4px;padding:2px 8px}
            .verdict .bad{background:#b91c1c}
            main{display:grid;grid-template-columns:minmax(0,1fr) 400px;gap:20px;padding:16px 24px}
            h2{font-size:15px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.04em;color:#475569}
            aside>section{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:10px 12px;margin-bottom:14px}
            table{border-collapse:collapse;width:100%;font-size:12.5px}
            th,td{text-align:left;vertical-align:top;padding:3px 6px;border-bottom:1px solid #eef2f7;overflow-wrap:anywhere}
            th{color:#64748b;font-weight:600;white-space:nowrap}
            #metadata td:first-child,#metadata td:last-child,#page-decisions td:first-child{white-space:nowrap}
            #related ol{margin:0;padding-left:20px}
            #related li{margin-bottom:6px}
            #related .details,#related .url{font-size:12px;color:#475569;overflow-wrap:anywhere}
            mark{background:#fde68a;padding:0 2px}
            .legend{display:flex;flex-wrap:wrap;gap:6px;margin:0 0 10px;padding:0;list-style:none}
            .legend li{border:1px solid #cbd5e1;border-radius:4px;padding:1px 8px;font-size:12px}
            .block{border:1px solid #e2e8f0;border-left:6px solid #e2e8f0;border-radius:4px;padding:6px 10px;margin:0 0 6px;background:#fff}
            .block .about{font-size:11.5px;color:#64748b;margin:0 0 2px}
            .block .about .path{font-family:ui-monospace,"DejaVu Sans Mono",monospace}
            .block .text{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
            .block .text.long{display:-webkit-box;-webkit-line-clamp:4;-webkit-box-orient:vertical;overflow:hidden}
            .block.kept{border-left-color:#16a34a}
            .block.kind-heading .text{font-weight:700;font-size:16px}
            .block.removed .text{color:#374151;font-size:13px}
            .badge{display:inline-block;border-radius:3px;padding:0 6px;font-weight:600;color:#111827}
            .reason{font-style:italic}
            .decisions{margin:4px 0 0;padding-left:18px;font-size:11.5px;color:#475569}
            code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
            .ending-truncated{color:#b91c1c;font-weight:700}
            footer{padding:8px 24px 24px;color:#64748b;font-size:12px}
            """;
    /** The shade of each removed role; kept blocks are white. */
    private static final Map<Role, String> SHADES = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.TITLE, "#fff3bf"), Map.entry(Role.BYLINE, "#ffec99"), Map.entry(Role.DATELINE, "#ffe066"),
            Map.entry(Role.NAVIGATION, "#dbe4ff"), Map.entry(Role.BOILERPLATE, "#e9ecef"),
            Map.entry(Role.RELATED, "#d3f9d8"), Map.entry(Role.TRAILER, "#ffd8a8"), Map.entry(Role.COMMENTS, "#f3d9fa"),
            Map.entry(Role.ADVERTISEMENT, "#ffc9c9"), Map.entry(Role.CAPTION, "#c5f6fa")));
    private static final String CONTENT_ROOT_RULE = "content-root";
    /** Blocks longer than this many characters show their first four lines (the whole text is in the file). */
    private static final int LONG_TEXT = 480;

    /** Creates a writer. */
    public ReportWriter() {}

    /**
     * Writes the report of one page.
     *
     * @param report the report of {@link dev.winnow.Cleaner#explain}
     * @param source what the page is, for the heading: its file, URL or {@code standard input}
     * @param out    where to write
     * @throws IOException if {@code out} fails
     */
    public void write(Report report, String source, Appendable out) throws IOException {
        Article a = report.article();
        Map<Integer, List<Decision>> byBlock = new HashMap<>();
        List<Decision> pageLevel = new ArrayList<>();
        for (Decision d : report.trace()) {
            if (d.block() < 0) {
                pageLevel.add(d);
            } else {
                byBlock.computeIfAbsent(d.block(), i -> new ArrayList<>()).add(d);
            }
        }
        StringBuilder sb = new StringBuilder(4096 + 256 * report.blocks().size());
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Winnow report: ").append(esc(source)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
        header(sb, report, source);
        sb.append("<main>\n<section id=\"blocks\">\n<h2>The page as Winnow saw it: ").append(report.blocks().size())
                .append(" blocks</h2>\n");
        legend(sb, report);
        List<String> rootSteps = rootSteps(pageLevel);
        for (Report.Segment s : report.blocks()) {
            block(sb, s, byBlock.getOrDefault(s.index(), List.of()), rootSteps);
        }
        sb.append("</section>\n<aside>\n");
        contentRoot(sb, pageLevel);
        removedByRule(sb, report);
        ending(sb, a.ending(), pageLevel);
        related(sb, a.related());
        metadata(sb, a.metadata());
        input(sb, a);
        pageDecisions(sb, pageLevel);
        sb.append("</aside>\n</main>\n<footer>Written by Winnow's ReportWriter: one file, no scripts, no resources "
                + "from elsewhere.</footer>\n</body>\n</html>\n");
        out.append(sb);
    }

    /**
     * Renders the report of one page to a string.
     *
     * @param report the report
     * @param source what the page is
     * @return the HTML
     */
    public String render(Report report, String source) {
        StringBuilder sb = new StringBuilder();
        try {
            write(report, source, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void header(StringBuilder sb, Report report, String source) {
        Article a = report.article();
        long kept = report.blocks().stream().filter(Report.Segment::kept).count();
        sb.append("<header>\n<h1>").append(esc(a.metadata().title() != null ? a.metadata().title() : "(no title)"))
                .append("</h1>\n<p class=\"source\">Winnow report of ").append(esc(source)).append("</p>\n<ul class=\"verdict\">\n");
        verdict(sb, "status " + a.status().label(), a.status() != dev.winnow.model.Status.OK);
        verdict(sb, "confidence " + String.format(Locale.ROOT, "%.2f", a.confidence()), a.confidence() < 0.5);
        verdict(sb, kept + " of " + report.blocks().size() + " blocks kept", kept == 0);
        verdict(sb, a.removed().size() + " removed", false);
        verdict(sb, "ending " + (a.ending().truncated() ? Notes.truncation(a.ending()) : a.ending().status().label()),
                a.ending().truncated());
        verdict(sb, a.related().size() + " related items", false);
        for (String w : a.warnings()) {
            verdict(sb, "warning: " + w, true);
        }
        sb.append("</ul>\n</header>\n");
    }

    private static void verdict(StringBuilder sb, String text, boolean bad) {
        sb.append(bad ? "<li class=\"bad\">" : "<li>").append(esc(text)).append("</li>\n");
    }

    private static void legend(StringBuilder sb, Report report) {
        Map<Role, Integer> counts = new EnumMap<>(Role.class);
        for (Report.Segment s : report.blocks()) {
            counts.merge(s.role(), 1, Integer::sum);
        }
        sb.append("<ul class=\"legend\">\n");
        counts.forEach((role, n) -> sb.append("<li style=\"background:").append(shade(role)).append("\">")
                .append(role == Role.BODY ? "kept" : role.label()).append(": ").append(n).append("</li>\n"));
        sb.append("</ul>\n");
    }

    private static void block(StringBuilder sb, Report.Segment s, List<Decision> decisions, List<String> rootSteps) {
        String kind = kindLabel(s);
        sb.append("<section class=\"block ").append(s.kept() ? "kept" : "removed role-" + s.role().label())
                .append(" kind-").append(s.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .append("\" id=\"b").append(s.index()).append("\" data-index=\"").append(s.index())
                .append("\" data-role=\"").append(s.role().label()).append('"');
        if (!s.kept()) {
            sb.append(" data-rule=\"").append(HtmlText.attribute(s.rule())).append("\" style=\"background:").append(shade(s.role()))
                    .append(";border-left-color:").append(shade(s.role())).append('"');
        }
        sb.append(">\n<p class=\"about\">#").append(s.index()).append(" · ").append(kind);
        if (s.kept()) {
            sb.append(" · kept");
        } else {
            sb.append(" · <span class=\"badge\">").append(s.role().label()).append("</span> by <code class=\"rule\">")
                    .append(esc(s.rule())).append("</code>: <span class=\"reason\">").append(esc(reason(s, decisions)))
                    .append("</span>");
        }
        if (!s.path().isEmpty()) {
            sb.append(" · <span class=\"path\">").append(path(s.path(), rootSteps)).append("</span>");
        }
        boolean longText = s.text().length() > LONG_TEXT;
        if (longText) {
            sb.append(" · ").append(s.text().length()).append(" characters, the first lines shown");
        }
        sb.append("</p>\n<p class=\"").append(longText ? "text long" : "text").append("\">").append(esc(s.text()))
                .append("</p>\n");
        List<Decision> others = decisions.stream().filter(d -> !isFinalRole(s, d, decisions)).toList();
        if (!others.isEmpty()) {
            sb.append("<ul class=\"decisions\">\n");
            for (Decision d : others) {
                sb.append("<li><code>").append(esc(d.rule())).append("</code> ").append(esc(d.action())).append(": ")
                        .append(esc(d.reason())).append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("</section>\n");
    }

    /**
     * The content roots as element-path steps: {@code tag.first-class} of a root described as
     * {@code tag#id.class...} in the trace, the way a block's element path names its elements; a
     * root without a class only when it is an {@code article} or {@code main} (a bare {@code div}
     * would mark every div).
     */
    private static List<String> rootSteps(List<Decision> pageLevel) {
        List<String> steps = new ArrayList<>();
        for (Decision d : pageLevel) {
            if (d.rule().equals(CONTENT_ROOT_RULE) && d.action().startsWith("root=")) {
                String root = d.action().substring("root=".length());
                String tag = root.split("[#.]", 2)[0];
                int dot = root.indexOf('.');
                String firstClass = dot < 0 ? "" : root.substring(dot + 1).split("\\.", 2)[0];
                if (!firstClass.isEmpty()) {
                    steps.add(tag + "." + firstClass);
                } else if (tag.equals("article") || tag.equals("main")) {
                    steps.add(tag);
                }
            }
        }
        return steps;
    }

    /** An element path with the steps that name a content root marked. */
    private static String path(String path, List<String> rootSteps) {
        StringBuilder sb = new StringBuilder();
        for (String step : path.split(">", -1)) {
            if (sb.length() > 0) {
                sb.append('>');
            }
            sb.append(rootSteps.contains(step) ? "<mark>" + esc(step) + "</mark>" : esc(step));
        }
        return sb.toString();
    }

    private static String kindLabel(Report.Segment s) {
        String kind = s.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
        return s.kind() == Kind.HEADING && s.level() > 0 ? kind + " h" + s.level() : kind;
    }

    /** The decision that gave a removed block its role: the last {@code role=} decision of its rule. */
    private static @Nullable Decision finalRole(Report.Segment s, List<Decision> decisions) {
        String action = "role=" + s.role().label();
        for (int i = decisions.size() - 1; i >= 0; i--) {
            Decision d = decisions.get(i);
            if (d.rule().equals(s.rule()) && d.action().equals(action)) {
                return d;
            }
        }
        return null;
    }

    private static boolean isFinalRole(Report.Segment s, Decision d, List<Decision> decisions) {
        return !s.kept() && d == finalRole(s, decisions);
    }

    private static String reason(Report.Segment s, List<Decision> decisions) {
        Decision d = finalRole(s, decisions);
        return d == null ? "(no reason in the trace)" : d.reason();
    }

    private static void contentRoot(StringBuilder sb, List<Decision> pageLevel) {
        sb.append("<section id=\"content-root\">\n<h2>Content root</h2>\n");
        List<Decision> roots = pageLevel.stream().filter(d -> d.rule().equals(CONTENT_ROOT_RULE)).toList();
        if (roots.isEmpty()) {
            sb.append("<p>None chosen (flattened text has no elements; or no element held the article).</p>\n");
        }
        for (Decision d : roots) {
            String action = d.action().startsWith("root=") ? d.action().substring("root=".length()) : d.action();
            sb.append("<p><code>").append(esc(action)).append("</code> — ").append(esc(d.reason())).append("</p>\n");
        }
        if (!rootSteps(pageLevel).isEmpty()) {
            sb.append("<p>Marked <mark>so</mark> in the element paths of the blocks.</p>\n");
        }
        sb.append("</section>\n");
    }

    private static void removedByRule(StringBuilder sb, Report report) {
        Map<String, int[]> byRule = new LinkedHashMap<>();
        Map<String, String> roles = new LinkedHashMap<>();
        for (Report.Segment s : report.blocks()) {
            if (!s.kept()) {
                String key = s.rule() + " " + s.role().label();
                int[] counts = byRule.computeIfAbsent(key, k -> new int[2]);
                counts[0]++;
                counts[1] += words(s.text());
                roles.put(key, s.role().label());
            }
        }
        sb.append("<section id=\"removed\">\n<h2>Removed, by rule</h2>\n");
        if (byRule.isEmpty()) {
            sb.append("<p>Nothing was removed.</p>\n</section>\n");
            return;
        }
        sb.append("<table>\n<tr><th>rule</th><th>role</th><th>blocks</th><th>words</th></tr>\n");
        byRule.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue()[1], x.getValue()[1])).forEach(e ->
                sb.append("<tr><td><code>").append(esc(e.getKey().substring(0, e.getKey().lastIndexOf(' '))))
                        .append("</code></td><td>").append(roles.get(e.getKey())).append("</td><td>")
                        .append(e.getValue()[0]).append("</td><td>").append(e.getValue()[1]).append("</td></tr>\n"));
        sb.append("</table>\n</section>\n");
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    private static void ending(StringBuilder sb, Ending e, List<Decision> pageLevel) {
        sb.append("<section id=\"ending\">\n<h2>Ending</h2>\n<table>\n");
        row(sb, "status", e.truncated() ? "<span class=\"ending-truncated\">truncated</span>" : esc(e.status().label()));
        if (e.kind() != null) {
            row(sb, "kind", esc(e.kind().label()));
        }
        if (e.evidence() != null) {
            row(sb, "evidence", "<q>" + esc(e.evidence()) + "</q>");
        }
        if (e.missingChars() != null) {
            row(sb, "missing", e.missingChars() + " characters");
        }
        for (Decision d : pageLevel) {
            if (d.action().startsWith("ending=")) {
                row(sb, "decided by", "<code>" + esc(d.rule()) + "</code> " + esc(d.action()) + ": " + esc(d.reason()));
            }
        }
        sb.append("</table>\n</section>\n");
    }

    private static void related(StringBuilder sb, List<RelatedItem> items) {
        sb.append("<section id=\"related\">\n<h2>Related items: ").append(items.size()).append("</h2>\n");
        if (!items.isEmpty()) {
            sb.append("<ol>\n");
            for (RelatedItem r : items) {
                sb.append("<li>");
                if (r.url() != null && !LinkTargets.unsafe(r.url())) {
                    sb.append("<a href=\"").append(HtmlText.attribute(r.url())).append("\" rel=\"noreferrer\">")
                            .append(esc(r.title())).append("</a>");
                } else {
                    sb.append(esc(r.title()));
                }
                List<String> details = Notes.details(r);
                if (!details.isEmpty()) {
                    sb.append("<br><span class=\"details\">").append(esc(String.join(" · ", details))).append("</span>");
                }
                if (r.url() != null) {
                    sb.append("<br><code class=\"url\">").append(esc(r.url())).append("</code>");
                }
                sb.append("</li>\n");
            }
            sb.append("</ol>\n");
        }
        sb.append("</section>\n");
    }

    private static void metadata(StringBuilder sb, Metadata m) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", m.title());
        fields.put("authors", m.authors().isEmpty() ? null : String.join(", ", m.authors()));
        fields.put("published", m.published());
        fields.put("modified", m.modified());
        fields.put("siteName", m.siteName());
        fields.put("language", m.language());
        fields.put("canonicalUrl", m.canonicalUrl());
        fields.put("image", m.image());
        fields.put("description", m.description());
        fields.put("nextPageUrl", m.nextPageUrl());
        fields.put("singlePageUrl", m.singlePageUrl());
        fields.put("sponsored", m.sponsored() ? "yes" : null);
        sb.append("<section id=\"metadata\">\n<h2>Metadata</h2>\n<table>\n<tr><th>field</th><th>value</th><th>from</th></tr>\n");
        fields.forEach((field, value) -> {
            if (value != null) {
                String from = m.provenance().get(field);
                sb.append("<tr><td>").append(field).append("</td><td>").append(esc(value)).append("</td><td>")
                        .append(from == null ? "" : "<code>" + esc(from) + "</code>").append("</td></tr>\n");
            }
        });
        sb.append("</table>\n</section>\n");
    }

    private static void input(StringBuilder sb, Article a) {
        InputInfo in = a.input();
        sb.append("<section id=\"input\">\n<h2>Input</h2>\n<table>\n");
        row(sb, in.mediaType() == null ? "characters" : "bytes", String.valueOf(in.bytes()));
        if (in.mediaType() != null) {
            row(sb, "media type", esc(in.mediaType()));
        }
        if (in.charset() != null) {
            row(sb, "charset", esc(in.charset()) + (in.charsetSource() == null ? "" : " (from " + esc(in.charsetSource()) + ")"));
        }
        sb.append("</table>\n</section>\n");
    }

    private static void pageDecisions(StringBuilder sb, List<Decision> pageLevel) {
        if (pageLevel.isEmpty()) {
            return;
        }
        sb.append("<section id=\"page-decisions\">\n<h2>Page-level decisions</h2>\n<table>\n");
        for (Decision d : pageLevel) {
            sb.append("<tr><td><code>").append(esc(d.rule())).append("</code></td><td>").append(esc(d.action()))
                    .append("</td><td>").append(esc(d.reason())).append("</td></tr>\n");
        }
        sb.append("</table>\n</section>\n");
    }

    private static void row(StringBuilder sb, String name, String html) {
        sb.append("<tr><th>").append(name).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String shade(Role role) {
        return SHADES.getOrDefault(role, "#ffffff");
    }

    private static String esc(String s) {
        return HtmlText.text(s);
    }
}
