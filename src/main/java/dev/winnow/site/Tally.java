package dev.winnow.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Counts directive uses and collects warnings while site rules load; one per load, one thread. */
final class Tally {
    final Map<String, Integer> supported = new HashMap<>();
    final Map<String, Integer> ignored = new HashMap<>();
    final List<String> warnings = new ArrayList<>();
    int files;
    int failed;

    void supported(String directive) {
        supported.merge(directive, 1, Integer::sum);
    }

    void ignored(String directive, String where, String why) {
        ignored.merge(directive, 1, Integer::sum);
        warnings.add(where + ": " + directive + " ignored: " + why);
    }

    void warn(String where, String message) {
        warnings.add(where + ": " + message);
    }
}
