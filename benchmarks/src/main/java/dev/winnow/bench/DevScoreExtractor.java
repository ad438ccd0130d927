package dev.winnow.bench;

import dev.winnow.Cleaner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * Winnow behind {@code ../shared/tools/devscore/score.py}'s extractor contract,
 * {@code CMD INPUT_DIR OUTPUT_DIR}: every {@code <stem>.html} (the page's bytes) or {@code <stem>.txt}
 * (UTF-8 text) in the input folder becomes {@code <stem>.txt} (the body, as {@link
 * dev.winnow.write.TextWriter#bodyOnly()} writes it) and {@code <stem>.json} (title, byline, published,
 * headings) in the output folder, exactly as {@link DevQualityHarness} writes them.
 *
 * <pre>
 * python3 ../shared/tools/devscore/score.py --extractor 'bash benchmarks/devscore-extractor.sh' --corpus wcxb-dev
 * </pre>
 */
public final class DevScoreExtractor {
    private DevScoreExtractor() {}

    /**
     * Cleans a folder.
     *
     * @param args the input and the output folder
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: DevScoreExtractor INPUT_DIR OUTPUT_DIR");
            System.exit(2);
        }
        Path in = Paths.get(args[0]);
        Path out = Paths.get(args[1]);
        Files.createDirectories(out);
        DevQualityHarness.Extractor winnow = DevQualityHarness.winnow(Cleaner.standard());
        List<Path> files;
        try (Stream<Path> list = Files.list(in)) {
            files = list.sorted().toList();
        }
        files.parallelStream().forEach(file -> {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            String stem = dot < 0 ? name : name.substring(0, dot);
            try {
                DevQualityHarness.Output o = winnow.extract(Files.readAllBytes(file), name.endsWith(".html"));
                Files.writeString(out.resolve(stem + ".txt"), o.text(), StandardCharsets.UTF_8);
                Files.writeString(out.resolve(stem + ".json"), o.json(), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                System.err.println(name + ": " + e);
            }
        });
    }
}
