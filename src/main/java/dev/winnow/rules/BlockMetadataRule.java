package dev.winnow.rules;

import dev.winnow.model.Role;
import dev.winnow.reading.Dates;
import dev.winnow.reading.Phrases;
import dev.winnow.rule.Block;
import dev.winnow.rule.Byline;
import dev.winnow.rule.Dateline;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Fills metadata from the blocks the other rules recognised: the title from the {@link Role#TITLE}
 * block, the authors from the first {@link Role#BYLINE} or {@link Role#DATELINE} block whose
 * finding names any ({@link Byline}, {@link Dateline}: what the byline and dateline rules read),
 * and the dates from the datelines' findings and the bylines' text (a line opening with an
 * {@code update-prefixes} phrase such as "Updated" gives the modified date, any other the published
 * date; ambiguous slash dates are read day first unless the language is English). Runs after the
 * page-level sources and the language rule, so those win.
 */
public final class BlockMetadataRule implements Rule {
    private static final Pattern UPDATE = Pattern.compile(
            "(?iu)^\\s*" + Phrases.standard("update-prefixes").alternationGroup() + "(?![\\p{L}\\d])");

    /** Creates the rule. */
    public BlockMetadataRule() {}

    @Override public String id() { return StandardRules.BLOCK_METADATA; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public String description() { return "Takes title, authors and dates from the headline, byline and dateline blocks."; }

    @Override
    public void apply(Draft draft) {
        String language = draft.metadata(MetadataField.LANGUAGE);
        boolean dayFirst = language != null && !language.equals("en");
        List<String> authors = new ArrayList<>();
        for (Block b : draft.blocks()) {
            switch (b.role()) {
                case TITLE -> draft.metadata(MetadataField.TITLE, b.text(), "headline");
                case BYLINE -> {
                    b.finding(Byline.class).ifPresent(byline -> {
                        if (authors.isEmpty()) {
                            authors.addAll(byline.authors());
                        }
                        if (authors.isEmpty() && byline.name() != null) {
                            authors.add(byline.name());
                        }
                    });
                    Dates.Found found = Dates.find(b.text());
                    if (found != null) {
                        date(draft, b, found.date(dayFirst));
                    }
                }
                case DATELINE -> b.finding(Dateline.class).ifPresent(dateline -> {
                    if (authors.isEmpty()) {
                        authors.addAll(dateline.authors());
                    }
                    LocalDate date = dateline.date(dayFirst);
                    if (date != null) {
                        date(draft, b, date);
                    }
                });
                default -> { }
            }
        }
        draft.authors(authors, "byline");
    }

    private static void date(Draft draft, Block b, LocalDate date) {
        MetadataField field = UPDATE.matcher(b.text()).lookingAt() ? MetadataField.MODIFIED : MetadataField.PUBLISHED;
        draft.metadata(field, date.toString(), b.role() == Role.BYLINE ? "byline" : "dateline");
    }
}
