package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import dev.winnow.model.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formats other than HTML and text go through Tika's parsers when a parser module is on the class
 * path (here tika-parser-miscoffice-module, test scope, for flat OpenDocument text), and XML external
 * entities are never resolved.
 */
class OtherFormatsTest {
    private static final String PARA = "The harbour authority reopened the northern channel on Tuesday, ending a "
            + "closure that had stranded dozens of fishing boats for most of the week.";

    private static String fodt(String doctype, String extra) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + doctype
                + "<office:document xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                + "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\" "
                + "office:mimetype=\"application/vnd.oasis.opendocument.text\"><office:body><office:text>"
                + "<text:p>" + PARA + "</text:p><text:p>Officials said divers had cleared the wreck, and pilots "
                + "would guide larger vessels through until the end of the month." + extra + "</text:p>"
                + "</office:text></office:body></office:document>";
    }

    @Test
    void flatOpenDocumentTextIsCleanedThroughTika(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("report.fodt");
        Files.writeString(file, fodt("", ""), StandardCharsets.UTF_8);
        Article a = Cleaner.standard().clean(Input.path(file));
        assertThat(a.status()).isEqualTo(Status.OK);
        assertThat(a.input().charsetSource()).isEqualTo("tika");
        assertThat(a.bodyText()).contains(PARA);
    }

    @Test
    void externalEntitiesAreNotResolved(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
        String doctype = "<!DOCTYPE office:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        Path file = dir.resolve("evil.fodt");
        Files.writeString(file, fodt(doctype, " &xxe;"), StandardCharsets.UTF_8);
        Article a = Cleaner.standard().clean(Input.path(file));
        assertThat(a.bodyText()).doesNotContain("TOP-SECRET-CONTENT");
        Article html = Cleaner.standard().clean(Input.bytes(("<?xml version=\"1.0\"?>" + doctype.replace("office:document", "html")
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + PARA + " &xxe;</p></body></html>")
                .getBytes(StandardCharsets.UTF_8), null, "application/xhtml+xml"));
        assertThat(html.bodyText()).doesNotContain("TOP-SECRET-CONTENT");
    }
}
