package dev.winnow.rules;

import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the publication date from the page URL ({@code /2019/11/19/}, {@code /2019-11-19/}) when no
 * other source gave one. Last among the date sources: a URL date is the least precise.
 */
public final class UrlDateRule implements Rule {
    private static final Pattern DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?=[/_.-]|$)");

    /** Creates the rule. */
    public UrlDateRule() {}

    @Override public String id() { return StandardRules.URL_DATE; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public String description() { return "Takes the publication date from the URL path when nothing else gave one."; }

    @Override
    public void apply(Draft draft) {
        String url = draft.source().url();
        if (url == null || draft.metadata(MetadataField.PUBLISHED) != null) {
            return;
        }
        Matcher m = DATE.matcher(url);
        if (m.find()) {
            try {
                LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
                draft.metadata(MetadataField.PUBLISHED, date.toString(), "url");
            } catch (DateTimeException e) {
                // not a calendar date
            }
        }
    }
}
