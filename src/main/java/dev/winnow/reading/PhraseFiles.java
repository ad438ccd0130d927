package dev.winnow.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The phrase data files: {@code dev/winnow/phrases/<lang>/<concept>.txt} for each language listed
 * in {@code dev/winnow/phrases/languages.txt}, and other word lists in the same line format.
 */
final class PhraseFiles {
    private static final String ROOT = "/dev/winnow/phrases/";
    static final List<String> LANGUAGES = List.copyOf(readLines(ROOT + "languages.txt"));

    private PhraseFiles() {}

    /** The entries of one language's file for a concept, empty if there is no such file. */
    static List<String> entries(String language, String concept) {
        return readLines(ROOT + language + "/" + concept + ".txt");
    }

    /** The entries of a concept in every language, in the order of {@link #LANGUAGES}. */
    static List<String> allLanguages(String concept) {
        List<String> phrases = new ArrayList<>();
        for (String lang : LANGUAGES) {
            phrases.addAll(entries(lang, concept));
        }
        return phrases;
    }

    /**
     * Reads a phrase resource: non-blank lines that do not start with {@code #}. A missing resource
     * reads as empty.
     *
     * @param resource the absolute classpath resource name
     * @return the lines, stripped
     */
    static List<String> readLines(String resource) {
        List<String> lines = new ArrayList<>();
        try (InputStream in = PhraseFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                return lines;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    lines.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return lines;
    }
}
