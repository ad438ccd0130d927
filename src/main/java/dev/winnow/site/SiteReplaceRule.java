package dev.winnow.site;

import dev.winnow.rule.DocumentDraft;
import dev.winnow.rule.DocumentRule;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes a site's literal string replacements ({@code find_string} / {@code replace_string}) in the
 * page's HTML before anything else reads it: the head and the body are serialised, each find
 * string is replaced at most {@link #MAX_REPLACEMENTS} times, and the changed part is parsed again.
 * Replacements stop (and say so in the trace) before they make the head or the body
 * {@link #MAX_GROWTH} characters longer, so the re-parse stays bounded.
 */
final class SiteReplaceRule implements DocumentRule {
    /** The most replacements of one find string on one page. */
    static final int MAX_REPLACEMENTS = 10_000;
    /** The most characters the replacements may add to the head or the body of a page. */
    static final int MAX_GROWTH = 1 << 20;

    private final SiteConfig site;

    SiteReplaceRule(SiteConfig site) {
        this.site = site;
    }

    @Override public String id() { return SiteRules.REPLACE; }

    @Override public String description() {
        return "Site rules (" + site.origin() + "): replaces literal strings in the page's HTML.";
    }

    @Override
    public void edit(DocumentDraft draft) {
        Document doc = draft.source().document();
        replaceStrings(draft, doc.head());
        replaceStrings(draft, doc.body());
    }

    private void replaceStrings(DocumentDraft draft, Element root) {
        if (root == null) {
            return;
        }
        String html = root.html();
        String replaced = html;
        int total = 0;
        boolean stopped = false;
        for (SiteConfig.Replacement r : site.replacements()) {
            StringBuilder out = null;
            int from = 0;
            int count = 0;
            int delta = r.replace().length() - r.find().length();
            long growth = replaced.length() - html.length();
            for (int at = replaced.indexOf(r.find()); at >= 0 && count < MAX_REPLACEMENTS && !stopped;
                    at = replaced.indexOf(r.find(), from)) {
                growth += delta;
                if (growth > MAX_GROWTH) {
                    stopped = true;
                    break;
                }
                if (out == null) {
                    out = new StringBuilder(replaced.length());
                }
                out.append(replaced, from, at).append(r.replace());
                from = at + r.find().length();
                count++;
            }
            if (out != null) {
                replaced = out.append(replaced, from, replaced.length()).toString();
                total += count;
            }
        }
        if (total > 0) {
            root.html(replaced);
            draft.note("replace_string in <" + root.normalName() + "> (" + total + " replacements"
                    + (stopped ? "; stopped before the HTML grew by more than " + MAX_GROWTH + " characters" : "") + ")",
                    "site rules " + site.origin());
        }
    }
}
