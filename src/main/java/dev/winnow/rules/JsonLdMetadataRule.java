package dev.winnow.rules;

import dev.winnow.reading.Authors;
import dev.winnow.reading.JsonLd;
import dev.winnow.reading.MetaValues;
import dev.winnow.rule.Draft;
import dev.winnow.rule.MetadataField;
import dev.winnow.rule.Phase;
import dev.winnow.rule.Rule;
import java.util.List;

/**
 * Takes metadata from the page's schema.org JSON-LD article object (NewsArticle, Article,
 * BlogPosting and kin, in plain objects, arrays or {@code @graph}s): headline, authors (Person
 * objects, arrays, strings; validated), datePublished and dateModified as given, publisher name,
 * inLanguage, url, image and description. First in its phase, so it wins over every other source.
 */
public final class JsonLdMetadataRule implements Rule {
    /** The provenance label of values from JSON-LD. */
    public static final String SOURCE = "json-ld";

    /** Creates the rule. */
    public JsonLdMetadataRule() {}

    @Override public String id() { return StandardRules.JSON_LD_METADATA; }

    @Override public Phase phase() { return Phase.METADATA; }

    @Override public String description() { return "In HTML, takes metadata from the schema.org JSON-LD article object."; }

    @Override
    public void apply(Draft draft) {
        JsonLd ld = JsonLd.of(draft);
        if (!ld.present()) {
            return;
        }
        String headline = ld.text("headline");
        draft.metadata(MetadataField.TITLE, headline != null ? headline : ld.text("name"), SOURCE);
        draft.authors(Authors.valid(ld.names("author")), SOURCE);
        draft.metadata(MetadataField.PUBLISHED, ld.text("datePublished"), SOURCE);
        draft.metadata(MetadataField.MODIFIED, ld.text("dateModified"), SOURCE);
        draft.metadata(MetadataField.SITE_NAME, ld.text("publisher"), SOURCE);
        draft.metadata(MetadataField.LANGUAGE, MetaValues.languageCode(ld.text("inLanguage")), SOURCE);
        draft.metadata(MetadataField.IMAGE, MetaValues.absoluteUrl(draft, ld.url("image")), SOURCE);
        draft.metadata(MetadataField.DESCRIPTION, ld.text("description"), SOURCE);
        List<String> canonical = List.of("url", "mainEntityOfPage");
        for (String key : canonical) {
            String url = ld.url(key);
            if (url != null && url.startsWith("http")) {
                draft.metadata(MetadataField.CANONICAL_URL, url, SOURCE);
                break;
            }
        }
    }
}
