package dev.winnow.spark;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.rule.Source.InputShape;
import dev.winnow.settings.CleanerSettings;
import java.io.Serializable;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * Cleans a column of pages in Apache Spark, into a struct column of {@link ArticleRows#SCHEMA}.
 *
 * <pre>{@code
 * Dataset<Row> pages = spark.read().format("binaryFile").load("pages/");   // path, content (bytes)
 * Dataset<Row> clean = pages.withColumn("article",
 *         SparkCleaning.udf(CleanerSettings.standard(), DataTypes.BinaryType)
 *                 .apply(col("content"), col("path")));
 * }</pre>
 *
 * <p>Two ways in: {@link #udf} (a Spark UDF of the content and URL columns) and
 * {@link #cleanPartitions} ({@code mapPartitions}, appending the struct to each row). Either way
 * every executor JVM builds one {@link Cleaner} per distinct {@link CleanerSettings} and shares it
 * between its tasks (cleaners are thread-safe), and a page that cannot be cleaned becomes a row with
 * status {@code error}, never a failed task. String content is cleaned as {@code shape} says (or
 * sniffed when {@code null}); binary content is read as bytes with media type and charset
 * detection. Spark itself is a provided dependency: add {@code spark-sql_2.13} to your job.
 */
public final class SparkCleaning {
    private static final Map<CleanerSettings, Cleaner> CLEANERS = new ConcurrentHashMap<>();

    private SparkCleaning() {}

    /**
     * The cleaner of these settings in this JVM, built on first use.
     *
     * @param settings the settings
     * @return the shared cleaner
     */
    static Cleaner cleaner(CleanerSettings settings) {
        return CLEANERS.computeIfAbsent(settings, CleanerSettings::build);
    }

    /**
     * Cleans one page and never throws.
     *
     * @param settings the cleaner settings
     * @param shape    for string content: the input shape, or {@code null} to sniff it
     * @param content  the page: a {@code String} or {@code byte[]}; {@code null} gives an error row
     * @param url      the page URL, or {@code null}
     * @return a row of {@link ArticleRows#SCHEMA}
     */
    public static Row clean(CleanerSettings settings, InputShape shape, Object content, String url) {
        return clean(settings, shape, content, url, null);
    }

    /**
     * Cleans one page with its HTTP {@code Content-Type} (for byte content: the media type and
     * charset it declares are weighed as for {@link Input#bytes}) and never throws.
     *
     * @param settings    the cleaner settings
     * @param shape       for string content: the input shape, or {@code null} to sniff it
     * @param content     the page: a {@code String} or {@code byte[]}; {@code null} gives an error row
     * @param url         the page URL, or {@code null}
     * @param contentType the HTTP {@code Content-Type} header, or {@code null}
     * @return a row of {@link ArticleRows#SCHEMA}
     */
    public static Row clean(CleanerSettings settings, InputShape shape, Object content, String url,
                            String contentType) {
        try {
            Input input;
            if (content instanceof byte[] bytes) {
                input = Input.bytes(bytes, url, contentType);
            } else if (content instanceof String s) {
                input = shape == InputShape.HTML ? Input.html(s, url)
                        : shape == InputShape.TEXT ? Input.text(s, url) : Input.detect(s, url);
            } else {
                return ArticleRows.error(content == null ? "no content" : "unsupported content type "
                        + content.getClass().getName());
            }
            return ArticleRows.of(cleaner(settings).clean(input));
        } catch (RuntimeException | StackOverflowError e) {
            return ArticleRows.error(e.toString());
        }
    }

    /**
     * A UDF {@code (content, url) -> struct} for a content column of strings or bytes.
     *
     * @param settings    the cleaner settings
     * @param contentType the content column's type: {@code StringType} or {@code BinaryType}
     * @return the UDF; its result type is {@link ArticleRows#SCHEMA}
     */
    public static UserDefinedFunction udf(CleanerSettings settings, DataType contentType) {
        return udf(settings, contentType, null);
    }

    /**
     * A UDF {@code (content, url) -> struct} for a content column of strings or bytes.
     *
     * @param settings    the cleaner settings
     * @param contentType the content column's type: {@code StringType} or {@code BinaryType}
     * @param shape       for strings: the input shape, or {@code null} to sniff it
     * @return the UDF; its result type is {@link ArticleRows#SCHEMA}
     */
    public static UserDefinedFunction udf(CleanerSettings settings, DataType contentType, InputShape shape) {
        if (contentType instanceof BinaryType) {
            return functions.udf((UDF2<byte[], String, Row>) (content, url) -> clean(settings, null, content, url),
                    ArticleRows.SCHEMA);
        }
        return functions.udf((UDF2<String, String, Row>) (content, url) -> clean(settings, shape, content, url),
                ArticleRows.SCHEMA);
    }

    /**
     * A UDF {@code (content, url, contentType) -> struct} for a binary content column with the
     * HTTP {@code Content-Type} of each page (as a WARC record gives it).
     *
     * @param settings the cleaner settings
     * @return the UDF; its result type is {@link ArticleRows#SCHEMA}
     */
    public static UserDefinedFunction udfWithContentType(CleanerSettings settings) {
        return functions.udf((UDF3<byte[], String, String, Row>) (content, url, type) ->
                clean(settings, null, content, url, type), ArticleRows.SCHEMA);
    }

    /**
     * Adds a struct column with the cleaned page, through the UDF, for binary content with a column
     * of HTTP {@code Content-Type} headers.
     *
     * @param pages       the pages
     * @param content     the content column (binary)
     * @param url         the URL column, or {@code null}
     * @param contentType the {@code Content-Type} column (values may be null)
     * @param output      the name of the new column
     * @param settings    the cleaner settings
     * @return the pages with the new column
     */
    public static Dataset<Row> clean(Dataset<Row> pages, String content, String url, String contentType,
                                     String output, CleanerSettings settings) {
        Column urlColumn = url == null ? functions.lit(null).cast("string") : functions.col(url);
        return pages.withColumn(output, udfWithContentType(settings)
                .apply(functions.col(content), urlColumn, functions.col(contentType)));
    }

    /**
     * Adds a struct column with the cleaned page, through the UDF.
     *
     * @param pages     the pages
     * @param content   the content column (string or binary)
     * @param url       the URL column, or {@code null}
     * @param output    the name of the new column
     * @param settings  the cleaner settings
     * @return the pages with the new column
     */
    public static Dataset<Row> clean(Dataset<Row> pages, String content, String url, String output,
                                     CleanerSettings settings) {
        DataType type = pages.schema().apply(content).dataType();
        Column urlColumn = url == null ? functions.lit(null).cast("string") : functions.col(url);
        return pages.withColumn(output, udf(settings, type).apply(functions.col(content), urlColumn));
    }

    /**
     * Adds a struct column with the cleaned page, through {@code mapPartitions}: each partition is
     * cleaned in one pass by the executor's shared cleaner.
     *
     * @param pages    the pages
     * @param content  the content column (string or binary)
     * @param url      the URL column, or {@code null}
     * @param output   the name of the new column
     * @param settings the cleaner settings
     * @return the pages with the new column
     */
    public static Dataset<Row> cleanPartitions(Dataset<Row> pages, String content, String url, String output,
                                               CleanerSettings settings) {
        StructType schema = pages.schema().add(output, ArticleRows.SCHEMA, false);
        int contentIndex = pages.schema().fieldIndex(content);
        int urlIndex = url == null ? -1 : pages.schema().fieldIndex(url);
        return pages.mapPartitions(new PartitionCleaner(settings, contentIndex, urlIndex), Encoders.row(schema));
    }

    /** Cleans the rows of one partition, appending the struct. */
    private record PartitionCleaner(CleanerSettings settings, int content, int url)
            implements MapPartitionsFunction<Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(Iterator<Row> rows) {
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return rows.hasNext();
                }

                @Override
                public Row next() {
                    Row row = rows.next();
                    String pageUrl = url < 0 || row.isNullAt(url) ? null : row.getString(url);
                    Object[] values = new Object[row.length() + 1];
                    for (int i = 0; i < row.length(); i++) {
                        values[i] = row.get(i);
                    }
                    values[row.length()] = clean(settings, null, row.get(content), pageUrl);
                    return RowFactory.create(values);
                }
            };
        }
    }
}
