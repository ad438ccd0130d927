/**
 * Apache Spark integration: clean a DataFrame column of pages into a struct column with a published
 * schema ({@link dev.winnow.spark.ArticleRows#SCHEMA}), as a UDF or through {@code mapPartitions}
 * ({@link dev.winnow.spark.SparkCleaning}), and an example job ({@link dev.winnow.spark.CleanJob}).
 * Spark ({@code spark-sql_2.13}) is a provided, optional dependency: these classes need it on the
 * class path, which a Spark job has.
 */
package dev.winnow.spark;
