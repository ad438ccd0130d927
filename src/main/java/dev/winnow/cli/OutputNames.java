package dev.winnow.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The output names of the files of a {@code batch} directory, without the output extension: a file's
 * relative path less its extension ({@code sub/nyt.html} → {@code sub/nyt}; a {@code .gz} goes with
 * the extension before it: {@code nyt.html.gz} → {@code nyt}). When two files would get the same name
 * ({@code nyt.htm} and {@code nyt.html}), each of them keeps its whole relative path
 * ({@code nyt.htm}, {@code nyt.html}), and so does a file whose short name is another's whole path,
 * so that no two files share a name whatever the order they are cleaned in. Names are compared
 * exactly, as on a case-sensitive file system.
 */
final class OutputNames {
    private OutputNames() {}

    /**
     * The names of the files.
     *
     * @param files relative paths, distinct
     * @return each file's name, in the order given
     */
    static Map<Path, String> of(List<Path> files) {
        Map<Path, String> names = new LinkedHashMap<>();
        for (Path file : files) {
            names.put(file, stem(file));
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            Map<String, List<Path>> byName = new HashMap<>();
            names.forEach((file, name) -> byName.computeIfAbsent(name, n -> new ArrayList<>(1)).add(file));
            for (List<Path> sharing : byName.values()) {
                if (sharing.size() > 1) {
                    for (Path file : sharing) {
                        changed |= !names.put(file, file.toString()).equals(file.toString());
                    }
                }
            }
        }
        return names;
    }

    /** A relative path without its last extension, or its last two when the last is {@code .gz}. */
    static String stem(Path relative) {
        String name = relative.getFileName().toString();
        if (name.length() > 3 && name.regionMatches(true, name.length() - 3, ".gz", 0, 3)) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path parent = relative.getParent();
        return parent == null ? stem : parent.resolve(stem).toString();
    }
}
