/**
 * Apache Spark integration: clean a DataFrame column of pages into a struct column with a published
 * schema ({@link dev.winnow.spark.ArticleRows#SCHEMA}), as a UDF or through {@code mapPartitions}
 * ({@link dev.winnow.spark.SparkCleaning}), and an example job ({@link dev.winnow.spark.CleanJob}).
 * These classes live in the artifact {@code dev.winnow:winnow-spark} (the {@code spark/} project), not in
 * the library; Spark ({@code spark-sql_2.13}) is a provided dependency there: a Spark job brings its own.
 */
package dev.winnow.spark;
