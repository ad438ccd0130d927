package dev.winnow.spark;

import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.RelatedItem;
import dev.winnow.model.Section;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The published Spark schema of a cleaned page ({@link #SCHEMA}) and the conversion of an
 * {@link Article} to a row of it. Stateless and thread-safe.
 */
public final class ArticleRows {
    /** A section: heading (null before the first heading), level, and the text of its blocks. */
    public static final StructType SECTION = new StructType(new StructField[] {
        DataTypes.createStructField("heading", DataTypes.StringType, true),
        DataTypes.createStructField("level", DataTypes.IntegerType, false),
        DataTypes.createStructField("text", DataTypes.StringType, false)});

    /** The ending: status (complete, truncated, unknown), truncated, kind, evidence, missingChars. */
    public static final StructType ENDING = new StructType(new StructField[] {
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("truncated", DataTypes.BooleanType, false),
        DataTypes.createStructField("kind", DataTypes.StringType, true),
        DataTypes.createStructField("evidence", DataTypes.StringType, true),
        DataTypes.createStructField("missingChars", DataTypes.IntegerType, true)});

    /** A related article: title, url, author, date (ISO), views. */
    public static final StructType RELATED = new StructType(new StructField[] {
        DataTypes.createStructField("title", DataTypes.StringType, false),
        DataTypes.createStructField("url", DataTypes.StringType, true),
        DataTypes.createStructField("author", DataTypes.StringType, true),
        DataTypes.createStructField("date", DataTypes.StringType, true),
        DataTypes.createStructField("views", DataTypes.LongType, true)});

    /**
     * A cleaned page. {@code status} is the article status (ok, empty, partial, unsupported) or
     * {@code error} when cleaning threw, with the message in {@code error}; {@code text} is the body
     * as {@link Article#bodyText()} gives it.
     */
    public static final StructType SCHEMA = new StructType(new StructField[] {
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("error", DataTypes.StringType, true),
        DataTypes.createStructField("title", DataTypes.StringType, true),
        DataTypes.createStructField("authors", new ArrayType(DataTypes.StringType, false), false),
        DataTypes.createStructField("published", DataTypes.StringType, true),
        DataTypes.createStructField("language", DataTypes.StringType, true),
        DataTypes.createStructField("text", DataTypes.StringType, false),
        DataTypes.createStructField("sections", new ArrayType(SECTION, false), false),
        DataTypes.createStructField("ending", ENDING, false),
        DataTypes.createStructField("related", new ArrayType(RELATED, false), false),
        DataTypes.createStructField("confidence", DataTypes.DoubleType, false)});

    private ArticleRows() {}

    /**
     * The row of a cleaned article.
     *
     * @param article the article
     * @return a row of {@link #SCHEMA}
     */
    public static Row of(Article article) {
        Ending e = article.ending();
        return RowFactory.create(article.status().label(), null, article.metadata().title(),
                article.metadata().authors().toArray(new String[0]), article.metadata().published(),
                article.metadata().language(), article.bodyText(),
                article.sections().stream().map(ArticleRows::section).toArray(Row[]::new),
                RowFactory.create(e.status().label(), e.truncated(), e.kind() == null ? null : e.kind().label(),
                        e.evidence(), e.missingChars()),
                article.related().stream().map(ArticleRows::related).toArray(Row[]::new),
                article.confidence());
    }

    /**
     * The row of a page whose cleaning failed.
     *
     * @param problem what went wrong
     * @return a row of {@link #SCHEMA} with status {@code error}
     */
    public static Row error(String problem) {
        return RowFactory.create("error", problem, null, new String[0], null, null, "", new Row[0],
                RowFactory.create(Ending.Status.UNKNOWN.label(), false, null, null, null), new Row[0], 0.0);
    }

    private static Row section(Section s) {
        String text = s.blocks().stream().filter(b -> !(b instanceof BodyBlock.Figure)).map(BodyBlock::plainText)
                .filter(t -> !t.isEmpty()).collect(Collectors.joining("\n\n"));
        return RowFactory.create(s.heading() == null ? null : s.heading().text(),
                s.heading() == null ? 0 : s.heading().level(), text);
    }

    private static Row related(RelatedItem r) {
        return RowFactory.create(r.title(), r.url(), r.author(), r.date() == null ? null : r.date().toString(), r.views());
    }

}
