package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** {@code winnow batch} over a gzipped WARC file: response records, their URLs and charsets. */
class WarcBatchTest {
    private static final String PAGE = "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1>"
            + "<p>Die Fähre über den See fährt ab Montag wieder, teilte die Gemeinde am Freitag mit. Der Betrieb war "
            + "wegen Hochwassers drei Wochen lang eingestellt.</p><p>Die Fahrpläne bleiben unverändert, sagte ein "
            + "Sprecher, und die Preise steigen in diesem Jahr nicht.</p></article></body></html>";

    @Test
    void cleansTheResponseRecordsOfAGzippedWarc(@TempDir Path dir) throws Exception {
        Path warc = dir.resolve("crawl.warc.gz");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            writer.write(response("https://news.example/a", PAGE.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8"));
            writer.write(response("https://news.example/b", PAGE.getBytes(Charset.forName("ISO-8859-1")),
                    "text/html; charset=iso-8859-1"));
        }
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"batch", "--format", "text", warc.toString(), out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(out.resolve("crawl-000001.txt"))).contains("Die Fähre über den See fährt");
        assertThat(Files.readString(out.resolve("crawl-000002.txt"))).contains("Die Fähre über den See fährt");
        assertThat(err.toString()).contains("cleaned 2 pages in ");
    }

    private static WarcResponse response(String url, byte[] body, String contentType) throws Exception {
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
        return new WarcResponse.Builder(url).body(http).build();
    }
}
