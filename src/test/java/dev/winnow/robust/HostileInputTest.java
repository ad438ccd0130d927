package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.Limits;
import dev.winnow.model.Article;
import dev.winnow.model.Status;
import dev.winnow.rule.Source.InputShape;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Hostile and broken inputs: none may throw, hang or lose the article text they contain. Each test
 * states its bound with {@link Timeout} (a hang guard, generous for a loaded 2-core machine; the
 * measured times are in the closing note).
 */
class HostileInputTest {
    private static final Cleaner CLEANER = Cleaner.standard();
    private static final String LEAD = "The harbour authority reopened the northern channel on Tuesday, "
            + "ending a closure that had stranded dozens of fishing boats for most of the week.";
    private static final String BODY = "Officials said divers had cleared the wreck that blocked the entrance, "
            + "and that the pilots would guide larger vessels through the channel until the end of the month.";

    private static String article() {
        return "<article><h1>Harbour reopens</h1><p>" + LEAD + "</p><p>" + BODY + "</p></article>";
    }

    private static void keepsTheArticle(Article a) {
        assertThat(a.bodyText()).contains(LEAD).contains(BODY);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void markupAndLinesAreCappedBeforeTheyAreHeldInMemory() {
        Cleaner small = Cleaner.builder().limits(Limits.standard().withMaxNodes(500).withMaxBlocks(100)).build();
        Article html = small.clean(Input.html(article() + "<p>x</p>".repeat(5_000), "https://port.example/a"));
        assertThat(html.status()).isEqualTo(Status.PARTIAL);
        assertThat(html.warnings()).contains("more than 500 tags and attributes: only the first part of the page was parsed");
        keepsTheArticle(html);

        Article text = small.clean(Input.text(LEAD + "\n\n" + BODY + "\n" + "x\n".repeat(100_000)));
        assertThat(text.status()).isEqualTo(Status.PARTIAL);
        assertThat(text.warnings()).contains("more than 100 lines: the rest of the text was not cleaned");
        assertThat(text.bodyText()).contains(LEAD);
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void emptyAndBlankInputsGiveEmptyResults() {
        for (Input in : new Input[] {Input.text(""), Input.html("", null), Input.detect("   \n\t  \n", null),
                Input.bytes(new byte[0]), Input.bytes("  \n\n ".getBytes(StandardCharsets.UTF_8))}) {
            Article a = CLEANER.clean(in);
            assertThat(a.sections()).isEmpty();
            assertThat(a.status()).isIn(Status.EMPTY, Status.UNSUPPORTED);
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void fiftyMegabytePageKeepsItsArticle() {
        StringBuilder sb = new StringBuilder(52 << 20).append("<html><head><title>Harbour</title></head><body>")
                .append(article()).append("<script>window.__DATA__ = \"");
        while (sb.length() < 50 << 20) {
            sb.append("0123456789abcdef");
        }
        sb.append("\";</script></body></html>");
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        Article a = CLEANER.clean(Input.bytes(bytes, "https://port.example/a", "text/html"));
        keepsTheArticle(a);
        assertThat(a.status()).isEqualTo(Status.OK);
        assertThat(a.input().bytes()).isEqualTo(bytes.length);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void hundredThousandNestedDivsKeepTheirText() {
        String html = "<div>".repeat(100_000) + "<p>" + LEAD + "</p><p>" + BODY + "</p>" + "</div>".repeat(100_000);
        Article a = CLEANER.clean(Input.html(html, null));
        keepsTheArticle(a);
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void millionSiblingParagraphsStopAtTheBlockLimitWithAWarning() {
        StringBuilder sb = new StringBuilder("<html><body>").append(article());
        for (int i = 0; i < 1_000_000; i++) {
            sb.append("<p>x</p>");
        }
        Article a = CLEANER.clean(Input.html(sb.append("</body></html>").toString(), null));
        assertThat(a.status()).isEqualTo(Status.PARTIAL);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("blocks"));
        keepsTheArticle(a);
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void tenMegabyteLineWithoutSpaces() {
        String line = "a".repeat(10 << 20);
        Article text = CLEANER.clean(Input.text(LEAD + "\n" + BODY + "\n" + line));
        assertThat(text.bodyText()).contains(LEAD).contains(BODY);
        Article html = CLEANER.clean(Input.html("<body>" + article() + "<p>" + line + "</p></body>", null));
        keepsTheArticle(html);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void randomBytesPngAndTruncatedGzipAreNotCleanedAsText() throws IOException {
        byte[] random = new byte[1 << 20];
        new Random(42).nextBytes(random);
        assertThat(CLEANER.clean(Input.bytes(random)).status()).isIn(Status.UNSUPPORTED, Status.EMPTY);

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Article a = CLEANER.clean(Input.bytes(png, "https://port.example/logo.png", "image/png"));
        assertThat(a.status()).isEqualTo(Status.UNSUPPORTED);
        assertThat(a.input().mediaType()).isEqualTo("image/png");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("unsupported media type"));

        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(("<html><body>" + article() + "</body></html>").getBytes(StandardCharsets.UTF_8));
        }
        byte[] truncated = java.util.Arrays.copyOf(gz.toByteArray(), gz.size() / 2);
        assertThat(CLEANER.clean(Input.bytes(truncated)).status()).isEqualTo(Status.UNSUPPORTED);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void invalidUtf8MixedEncodingsAndNulBytesKeepTheText() {
        byte[] lead = ("<html><head><meta charset=\"utf-8\"></head><body><article><p>" + LEAD + " caf\u00e9")
                .getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = " na\u00efve r\u00e9sum\u00e9 ".getBytes(StandardCharsets.ISO_8859_1);
        byte[] rest = (" \u0000</p><p>" + BODY + "</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
        byte[] mixed = new byte[lead.length + latin1.length + rest.length];
        System.arraycopy(lead, 0, mixed, 0, lead.length);
        System.arraycopy(latin1, 0, mixed, lead.length, latin1.length);
        System.arraycopy(rest, 0, mixed, lead.length + latin1.length, rest.length);
        Article a = CLEANER.clean(Input.bytes(mixed, null, "text/html; charset=utf-8"));
        assertThat(a.bodyText()).contains(LEAD).contains(BODY);
        assertThat(a.warnings()).isNotEmpty();
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void deeplyNestedTables() {
        String html = "<table><tr><td>".repeat(2_000) + "<p>" + LEAD + "</p><p>" + BODY + "</p>"
                + "</td></tr></table>".repeat(2_000);
        Article a = CLEANER.clean(Input.html(html, null));
        assertThat(a.bodyText()).contains("harbour authority reopened").contains("divers had cleared");
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void linesCraftedAgainstTheRulesPatterns() {
        String[] crafted = {
            "By " + "Anna ".repeat(50_000),
            "By " + "A, ".repeat(50_000) + "!",
            "… [+".repeat(50_000),
            "[+" + "9".repeat(200_000) + " chars]",
            "-".repeat(1_000_000),
            "1. ".repeat(100_000),
            "Read more: " + "x ".repeat(100_000),
            "Lire aussi : " + ": ".repeat(100_000),
            "12/12/".repeat(100_000),
            "Nov 12, ".repeat(100_000) + "2025",
            "Home | ".repeat(100_000),
            "© " + "All rights reserved ".repeat(50_000),
            "Published " + "12:30 ".repeat(100_000),
            "Alex Braham - " + "58 Views - ".repeat(100_000),
            "{n} Comments ".repeat(100_000),
            " \t".repeat(500_000) + "word",
            "Related News\n".repeat(100_000),
            ("Headline of a related item\nAlex Braham - Nov 12, 2025 58 Views\n").repeat(20_000),
        };
        for (String line : crafted) {
            Article a = CLEANER.clean(Input.text(LEAD + "\n" + BODY + "\n" + line));
            assertThat(a.bodyText()).contains(LEAD).contains(BODY);
            Article h = CLEANER.clean(Input.html("<article><p>" + LEAD + "</p><p>" + line + "</p><p>" + BODY
                    + "</p></article>", null));
            assertThat(h.status()).isNotNull();
        }
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void pageWithOnlyNavigationIsEmpty() {
        String html = "<html><body><nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li>"
                + "<li><a href=/sport>Sport</a></li></ul></nav><footer><a href=/about>About us</a> "
                + "<a href=/privacy>Privacy Policy</a></footer></body></html>";
        Article a = CLEANER.clean(Input.html(html, "https://port.example/"));
        assertThat(a.sections()).isEmpty();
        assertThat(a.status()).isEqualTo(Status.EMPTY);
        Article t = CLEANER.clean(Input.text("Home\nWorld\nSport\nLog in\nSubscribe\nAbout us\nPrivacy Policy"));
        assertThat(t.status()).isEqualTo(Status.EMPTY);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void inputLimitTruncatesWithAWarning() {
        Cleaner small = Cleaner.builder().limits(dev.winnow.Limits.standard().withMaxInputBytes(300)).build();
        String html = "<html><body>" + article() + "<p>" + "tail ".repeat(1000) + "</p></body></html>";
        Article a = small.clean(Input.bytes(html.getBytes(StandardCharsets.UTF_8), null, "text/html"));
        assertThat(a.status()).isEqualTo(Status.PARTIAL);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).startsWith("input longer than 300"));
        assertThat(small.clean(Input.text("x".repeat(400)).as(InputShape.TEXT)).status()).isEqualTo(Status.PARTIAL);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void workBudgetStopsSegmentationWithAWarning() {
        Cleaner budget = Cleaner.builder().limits(dev.winnow.Limits.standard().withMaxTextChars(1_000)).build();
        String text = LEAD + "\n" + BODY + "\n" + (BODY + "\n").repeat(100);
        Article a = budget.clean(Input.text(text));
        assertThat(a.status()).isEqualTo(Status.PARTIAL);
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("characters of text"));
        assertThat(a.bodyText()).contains(LEAD);
        Article h = budget.clean(Input.html("<article><p>" + LEAD + "</p>" + ("<p>" + BODY + "</p>").repeat(100)
                + "</article>", null));
        assertThat(h.status()).isEqualTo(Status.PARTIAL);
        assertThat(h.bodyText()).contains(LEAD);
    }
}
