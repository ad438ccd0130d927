package dev.winnow.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.bench.Corpus;
import dev.winnow.model.Article;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.settings.CleanerSettings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the Spark integration in local mode ({@code local[2]}) over the benchmark corpus and checks
 * that the distributed output equals the single-machine output page by page.
 */
class SparkCleaningTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("winnow-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    private static Map<String, Row> byId(Dataset<Row> rows) {
        Map<String, Row> map = new HashMap<>();
        for (Row r : rows.collectAsList()) {
            map.put(r.getString(0), r.getStruct(r.fieldIndex("article")));
        }
        return map;
    }

    private static void assertSame(Row row, Article expected) {
        assertThat(row.getString(row.fieldIndex("status"))).isEqualTo(expected.status().label());
        assertThat(row.getString(row.fieldIndex("text"))).isEqualTo(expected.bodyText());
        assertThat(row.getString(row.fieldIndex("title"))).isEqualTo(expected.metadata().title());
        assertThat(row.getString(row.fieldIndex("language"))).isEqualTo(expected.metadata().language());
        assertThat(row.getList(row.fieldIndex("sections"))).hasSize(expected.sections().size());
        assertThat(row.getList(row.fieldIndex("related"))).hasSize(expected.related().size());
        assertThat(row.getStruct(row.fieldIndex("ending")).getString(0)).isEqualTo(expected.ending().status().label());
        assertThat(row.getDouble(row.fieldIndex("confidence"))).isEqualTo(expected.confidence());
    }

    @Test
    void distributedOutputEqualsSingleMachineOutputPageByPage() {
        Optional<Corpus> found = Corpus.find();
        assumeTrue(found.isPresent(), "corpus not found at " + Corpus.location());
        Corpus corpus = found.get();
        StructType schema = new StructType().add("id", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("html", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (String id : corpus.ids()) {
            rows.add(RowFactory.create(id, corpus.url(id), corpus.html(id)));
        }
        Dataset<Row> pages = spark.createDataFrame(rows, schema).repartition(8);

        Map<String, Row> viaUdf = byId(pages.withColumn("article",
                SparkCleaning.udf(CleanerSettings.standard(), DataTypes.StringType, InputShape.HTML)
                        .apply(functions.col("html"), functions.col("url"))).select("id", "article"));
        Map<String, Row> viaPartitions = byId(SparkCleaning.cleanPartitions(pages, "html", "url", "article",
                CleanerSettings.standard()).select("id", "article"));

        Cleaner cleaner = Cleaner.standard();
        assertThat(viaUdf).hasSize(corpus.ids().size());
        assertThat(viaPartitions).hasSize(corpus.ids().size());
        for (String id : corpus.ids()) {
            assertSame(viaUdf.get(id), cleaner.clean(Input.html(corpus.html(id), corpus.url(id))));
            assertSame(viaPartitions.get(id), cleaner.clean(Input.detect(corpus.html(id), corpus.url(id))));
        }
    }

    @Test
    void theExampleJobCleansAFolderAndWarcFilesIntoJsonLines(@TempDir java.nio.file.Path tmp) throws Exception {
        String page = "<html><head><title>Ferry</title></head><body><article><h1>Ferry</h1><p>The ferry across the lake "
                + "runs again from Monday, the council said on Friday. Service had been suspended for three weeks "
                + "because of the flood.</p></article></body></html>";
        java.nio.file.Path folder = java.nio.file.Files.createDirectories(tmp.resolve("pages/sub"));
        java.nio.file.Files.writeString(tmp.resolve("pages/a.html"), page);
        java.nio.file.Files.writeString(folder.resolve("b.html"), page);
        java.nio.file.Path warc = tmp.resolve("crawl.warc.gz");
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
                java.nio.channels.FileChannel.open(warc, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE), org.netpreserve.jwarc.WarcCompression.GZIP)) {
            for (String url : List.of("https://news.example/1", "https://news.example/2", "https://news.example/3")) {
                writer.write(new org.netpreserve.jwarc.WarcResponse.Builder(url).body(
                        new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                                org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                                page.getBytes(StandardCharsets.UTF_8)).build()).build());
            }
            // Only the HTTP header names this charset: detection alone reads these bytes as windows-1252.
            String german = "<html><body><article><p>Die Fähre über den See fährt ab Montag wieder, teilte die "
                    + "Gemeinde am Freitag mit. Der Betrieb war wegen des Hochwassers drei Wochen lang eingestellt.</p>"
                    + "</article></body></html>";
            writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://news.example/4").body(
                    new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                            org.netpreserve.jwarc.MediaType.parse("text/html; charset=x-MacRoman"),
                            german.getBytes(java.nio.charset.Charset.forName("x-MacRoman"))).build()).build());
        }

        CleanJob.run(spark, tmp.resolve("pages").toString(), tmp.resolve("out-folder").toString(), "json");
        CleanJob.run(spark, warc.toString(), tmp.resolve("out-warc").toString(), "parquet");

        List<Row> folderRows = spark.read().json(tmp.resolve("out-folder").toString()).collectAsList();
        List<Row> warcRows = spark.read().parquet(tmp.resolve("out-warc").toString()).collectAsList();
        assertThat(folderRows).hasSize(2);
        assertThat(warcRows).hasSize(4).extracting(r -> r.getString(r.fieldIndex("url")))
                .containsExactlyInAnyOrder("https://news.example/1", "https://news.example/2", "https://news.example/3",
                        "https://news.example/4");
        assertThat(warcRows).filteredOn(r -> r.getString(r.fieldIndex("url")).endsWith("/4")).singleElement()
                .satisfies(r -> assertThat(r.getString(r.fieldIndex("text"))).contains("Die Fähre über den See"));
        for (Row r : folderRows.subList(0, 2)) {
            assertThat(r.getString(r.fieldIndex("text"))).contains("The ferry across the lake runs again");
        }
        assertThat(warcRows).allSatisfy(r -> assertThat(r.getString(r.fieldIndex("status"))).isEqualTo("ok"));
    }

    @Test
    void badPagesBecomeErrorRowsAndBytesAreDecoded() {
        StructType schema = new StructType().add("id", DataTypes.StringType).add("content", DataTypes.BinaryType);
        String page = "<html><head><meta charset=iso-8859-1><title>Fähre</title></head><body><article><p>Die Fähre "
                + "über den See fährt ab Montag wieder, teilte die Gemeinde am Freitag mit. Der Betrieb war wegen "
                + "Hochwassers drei Wochen lang eingestellt.</p></article></body></html>";
        List<Row> rows = List.of(RowFactory.create("latin1", page.getBytes(StandardCharsets.ISO_8859_1)),
                RowFactory.create("null", null), RowFactory.create("noise", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2}));

        Map<String, Row> out = byId(SparkCleaning.clean(spark.createDataFrame(rows, schema), "content", null, "article",
                CleanerSettings.standard()).select("id", "article"));

        assertThat(out.get("latin1").getString(out.get("latin1").fieldIndex("text"))).contains("Die Fähre über den See");
        assertThat(out.get("null").getString(0)).isEqualTo("error");
        assertThat(out.get("null").getString(1)).isEqualTo("no content");
        assertThat(out.get("noise").getString(0)).isIn("unsupported", "empty");
    }
}
