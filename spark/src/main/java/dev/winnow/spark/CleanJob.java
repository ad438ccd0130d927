package dev.winnow.spark;

import dev.winnow.Limits;
import dev.winnow.settings.CleanerSettings;
import dev.winnow.warc.WarcPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.netpreserve.jwarc.WarcReader;

/**
 * An example Spark job: cleans a folder of pages, or WARC files, into Parquet or JSON lines.
 *
 * <pre>
 * spark-submit --class dev.winnow.spark.CleanJob target/winnow-cli.jar INPUT OUTPUT [parquet|json [SITE_RULES...]]
 * </pre>
 *
 * <p>{@code INPUT} is a directory (every file under it is a page, read as bytes with charset
 * detection) or a path or glob of WARC files ({@code .warc}, {@code .warc.gz}), on any file system
 * Hadoop reads (local, HDFS, S3 with the right connector). WARC files are spread over the executors
 * one file per task and their response records are streamed, so a file never has to fit in
 * memory. Each output row has {@code url} and the fields of {@link ArticleRows#SCHEMA}.
 * {@code SITE_RULES} are ftr-site-config folders or JSON site-rule files every executor can read
 * ({@link CleanerSettings#withSiteRules}).
 */
public final class CleanJob {
    private static final StructType PAGES = new StructType().add("url", DataTypes.StringType)
            .add("content", DataTypes.BinaryType).add("contentType", DataTypes.StringType);

    private CleanJob() {}

    /**
     * Runs the job.
     *
     * @param args {@code INPUT OUTPUT [parquet|json [SITE_RULES...]]}
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: CleanJob INPUT OUTPUT [parquet|json [SITE_RULES...]]");
            System.exit(2);
        }
        String format = args.length >= 3 ? args[2] : "parquet";
        CleanerSettings settings = CleanerSettings.standard();
        for (int i = 3; i < args.length; i++) {
            settings = settings.withSiteRules(args[i]);
        }
        SparkSession spark = SparkSession.builder().appName("winnow-clean").getOrCreate();
        try {
            run(spark, args[0], args[1], format, settings);
        } finally {
            spark.stop();
        }
    }

    /**
     * Cleans the input into the output with the standard cleaner.
     *
     * @param spark  the session
     * @param input  a directory of pages, or a path or glob of WARC files
     * @param output the output directory (must not exist)
     * @param format {@code parquet} or {@code json}
     */
    public static void run(SparkSession spark, String input, String output, String format) {
        run(spark, input, output, format, CleanerSettings.standard());
    }

    /**
     * Cleans the input into the output.
     *
     * @param spark    the session
     * @param input    a directory of pages, or a path or glob of WARC files
     * @param output   the output directory (must not exist)
     * @param format   {@code parquet} or {@code json}
     * @param settings the cleaner settings (site rules included)
     */
    public static void run(SparkSession spark, String input, String output, String format,
                           CleanerSettings settings) {
        Dataset<Row> pages = WarcPages.isWarc(input) ? warcPages(spark, input)
                : spark.read().format("binaryFile").option("recursiveFileLookup", "true").load(input)
                        .select(functions.col("path").as("url"), functions.col("content"),
                                functions.lit(null).cast("string").as("contentType"));
        SparkCleaning.clean(pages, "content", "url", "contentType", "article", settings)
                .select(functions.col("url"), functions.col("article.*"))
                .write().format(format).save(output);
    }

    /** The response records of the WARC files, one file per task. */
    static Dataset<Row> warcPages(SparkSession spark, String glob) {
        List<String> files = new ArrayList<>();
        try {
            Path pattern = new Path(glob);
            FileSystem fs = pattern.getFileSystem(spark.sparkContext().hadoopConfiguration());
            FileStatus[] found = fs.globStatus(pattern);
            for (FileStatus status : found == null ? new FileStatus[0] : found) {
                files.add(status.getPath().toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spark.createDataset(files, Encoders.STRING()).repartition(Math.max(1, files.size()))
                .flatMap((FlatMapFunction<String, Row>) CleanJob::records, Encoders.row(PAGES));
    }

    /** Streams the response records of one WARC file as (url, content, contentType) rows. */
    private static Iterator<Row> records(String file) throws IOException {
        Path path = new Path(file);
        InputStream in = path.getFileSystem(new Configuration()).open(path);
        WarcReader reader = WarcPages.open(in);
        Iterator<WarcPages.Page> pages = WarcPages.pages(reader, Limits.standard().maxInputBytes());
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                boolean more = pages.hasNext();
                if (!more) {
                    try {
                        reader.close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return more;
            }

            @Override
            public Row next() {
                WarcPages.Page page = pages.next();
                return RowFactory.create(page.url(), page.body(), page.contentType());
            }
        };
    }
}
