package dev.winnow.rule;

import dev.winnow.internal.Texts;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one cleaning run has decided so far that outlives segmentation: the trace, the metadata with
 * its provenance and the authors. A {@link DocumentDraft} and the {@link Draft} of the blocks cut
 * from its document share one ledger, so what document rules found carries over without copying.
 * Each decision is recorded under the rule id of the draft view that records it.
 */
final class Ledger {
    private final List<Decision> trace = new ArrayList<>();
    private final Map<MetadataField, String> metadata = new EnumMap<>(MetadataField.class);
    private final List<String> authors = new ArrayList<>();
    private final Map<String, String> provenance = new LinkedHashMap<>();

    @Nullable String metadata(MetadataField field) {
        return metadata.get(field);
    }

    boolean metadata(MetadataField field, @Nullable String value, String source, String ruleId) {
        if (value == null || value.isBlank() || metadata.containsKey(field)) {
            return false;
        }
        metadata.put(field, value.strip());
        provenance.put(field.key(), source);
        record(ruleId, -1, field.label() + "=\"" + Texts.abbreviate(value.strip(), 40) + "\"", "from " + source);
        return true;
    }

    void overrideMetadata(MetadataField field, @Nullable String value, String source, String ruleId) {
        if (value == null) {
            metadata.remove(field);
            provenance.remove(field.key());
        } else {
            metadata.put(field, value.strip());
            provenance.put(field.key(), source);
        }
        record(ruleId, -1, field.label() + ":=\"" + Texts.abbreviate(String.valueOf(value), 40) + "\"", "from " + source);
    }

    Map<String, String> provenance() {
        return Collections.unmodifiableMap(provenance);
    }

    List<String> authors() {
        return Collections.unmodifiableList(authors);
    }

    boolean authors(List<String> names, String source, String ruleId) {
        if (names.isEmpty() || !authors.isEmpty()) {
            return false;
        }
        authors.addAll(names);
        provenance.put("authors", source);
        record(ruleId, -1, "authors=" + names, "from " + source);
        return true;
    }

    List<Decision> trace() {
        return Collections.unmodifiableList(trace);
    }

    /** Appends a decision under a rule's id. */
    void record(String ruleId, int block, String action, String reason) {
        trace.add(new Decision(ruleId, block, action, reason));
    }
}
