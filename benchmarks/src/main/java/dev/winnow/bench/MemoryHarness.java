package dev.winnow.bench;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Peak heap of one clean of a generated input of a given shape and size, per input byte: the
 * bound that {@code Limits} keeps. Run each size in its own JVM with a fixed heap (as
 * {@code benchmarks/memory.sh} does, at {@code -Xmx512m}) so one run's garbage never counts in another.
 *
 * <pre>
 * benchmarks/memory.sh [MEGABYTES ...]
 * </pre>
 *
 * <p>Shapes: {@code text-lines} ("x" lines), {@code text-prose} (paragraphs of sentences),
 * {@code html-paragraphs} ({@code <p>x</p>}), {@code html-attributes} (empty links with eight
 * attributes), {@code html-prose} (an article of paragraphs of sentences) and {@code html-one-text}
 * (one text node). The peak is the sum of the heap pools' peaks after a full collection with the
 * input in memory (text as a string, HTML as bytes), minus the heap in use at that point, so it is
 * what cleaning adds to the input. The peaks include garbage not yet collected, so they are upper
 * bounds that depend on the collector; the firm figure is whether the clean completes in the heap.
 */
public final class MemoryHarness {
    private static final String SENTENCE = "The harbour authority reopened the northern channel on Tuesday, ending a"
            + " closure that had stranded dozens of fishing boats for most of the week. ";

    private MemoryHarness() {}

    /**
     * Prints one line: shape, input megabytes, status, peak heap added by cleaning, and per input byte.
     *
     * @param args {@code SHAPE MEGABYTES}
     */
    public static void main(String[] args) {
        String shape = args[0];
        int bytes = Integer.parseInt(args[1]) << 20;
        boolean text = shape.startsWith("text");
        String generated = generate(shape, bytes);
        Input input = text ? Input.text(generated) : Input.bytes(generated.getBytes(StandardCharsets.UTF_8), null, "text/html");
        generated = null; // HTML is held as bytes only, as a crawler hands it over
        Cleaner cleaner = Cleaner.standard();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        String status;
        try {
            Article a = cleaner.clean(input);
            status = a.status() + " (" + a.bodyText().length() + " body chars)";
        } catch (OutOfMemoryError e) {
            status = "OutOfMemoryError";
        }
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() - before;
        long max = Runtime.getRuntime().maxMemory();
        System.out.printf(Locale.ROOT, "| %s | %d MB | %d MB | %s | %.0f MB | %.1f |%n", shape, bytes >> 20, max >> 20,
                status, peak / 1048576.0, peak / (double) bytes);
    }

    private static String generate(String shape, int bytes) {
        String unit = switch (shape) {
            case "text-lines" -> "x\n";
            case "text-prose" -> SENTENCE.repeat(4) + "\n\n";
            case "html-paragraphs" -> "<p>x</p>";
            case "html-attributes" -> "<a b=1 c=2 d=3 e=4 f=5 g=6 h=7 i=8></a>";
            case "html-prose" -> "<p>" + SENTENCE.repeat(4) + "</p>\n";
            case "html-one-text" -> "word ";
            default -> throw new IllegalArgumentException("unknown shape " + shape);
        };
        StringBuilder sb = new StringBuilder(bytes + unit.length());
        if (shape.startsWith("html")) {
            sb.append("<!DOCTYPE html><html><head><title>Harbour</title></head><body><article>");
        }
        while (sb.length() < bytes) {
            sb.append(unit);
        }
        sb.setLength(bytes);
        return sb.toString();
    }
}
