package dev.eligo.spark;

import static dev.eligo.spark.OutputSchema.CRITERIA;
import static dev.eligo.spark.OutputSchema.CRITERION;
import static dev.eligo.spark.OutputSchema.DECIDING;
import static dev.eligo.spark.OutputSchema.ERROR;
import static dev.eligo.spark.OutputSchema.INPUT;
import static dev.eligo.spark.OutputSchema.KIND;
import static dev.eligo.spark.OutputSchema.MISSING;
import static dev.eligo.spark.OutputSchema.ORDINAL;
import static dev.eligo.spark.OutputSchema.PARENT;
import static dev.eligo.spark.OutputSchema.PATIENT_ID;
import static dev.eligo.spark.OutputSchema.PROBLEMS;
import static dev.eligo.spark.OutputSchema.RESULT;
import static dev.eligo.spark.OutputSchema.SOURCE;
import static dev.eligo.spark.OutputSchema.VERDICT;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a screening's tables. The screening runs once, into a staging table of patients with their
 * criteria nested ({@code _screened}, removed at the end); {@code patients} and {@code criteria}
 * are then projections of it (Parquet reads only the columns each needs), and {@code funnel} and
 * {@code summary} are small aggregates.
 */
final class ScreeningOutput {
  static final String STAGING = "_screened";

  private static final StructType SUMMARY =
      new StructType()
          .add("protocol", DataTypes.StringType, false)
          .add("title", DataTypes.StringType, false)
          .add("version", DataTypes.StringType, false)
          .add("as_of", DataTypes.DateType, false)
          .add("patients", DataTypes.LongType, false)
          .add("eligible", DataTypes.LongType, false)
          .add("ineligible", DataTypes.LongType, false)
          .add("needs_review", DataTypes.LongType, false)
          .add("error", DataTypes.LongType, false);

  private static final StructType FUNNEL =
      new StructType()
          .add(ORDINAL, DataTypes.IntegerType, false)
          .add(CRITERION, DataTypes.StringType, false)
          .add(KIND, DataTypes.StringType, false)
          .add("text", DataTypes.StringType, false)
          .add("ruled_out", DataTypes.LongType, false)
          .add("ruled_out_first", DataTypes.LongType, false)
          .add("remaining", DataTypes.LongType, false)
          .add("unknown", DataTypes.LongType, false)
          .add("unknown_needs_review", DataTypes.LongType, false);

  private ScreeningOutput() {}

  static ScreeningSummary write(
      SparkSession spark,
      Dataset<Row> screened,
      String output,
      ProtocolInfo protocol,
      LocalDate asOf)
      throws IOException {
    Path root = new Path(output);
    FileSystem fs = root.getFileSystem(spark.sparkContext().hadoopConfiguration());
    if (fs.exists(root)) {
      throw new OutputExistsException(
          output + " exists; choose a new output directory (nothing was overwritten)");
    }
    String staging = new Path(root, STAGING).toString();
    screened.write().parquet(staging);
    Dataset<Row> patients = spark.read().parquet(staging);
    patients
        .select(PATIENT_ID, SOURCE, VERDICT, DECIDING, MISSING, PROBLEMS, ERROR)
        .write()
        .parquet(new Path(root, "patients").toString());
    Dataset<Row> criteria =
        patients
            .select(col(PATIENT_ID), col(SOURCE), col(INPUT), explode(col(CRITERIA)).as("c"))
            .select(
                col(PATIENT_ID),
                col(SOURCE),
                col(INPUT),
                col("c." + ORDINAL),
                col("c." + CRITERION),
                col("c." + PARENT),
                col("c." + KIND),
                col("c." + RESULT),
                col("c." + MISSING),
                col("c.explanation"));
    criteria.drop(INPUT).write().parquet(new Path(root, "criteria").toString());

    ScreeningSummary summary = Funnel.count(patients, criteria, protocol, asOf);
    spark
        .createDataFrame(
            List.of(
                RowFactory.create(
                    protocol.id(),
                    protocol.title(),
                    protocol.version(),
                    java.sql.Date.valueOf(asOf),
                    summary.patients(),
                    summary.eligible(),
                    summary.ineligible(),
                    summary.needsReview(),
                    summary.errors())),
            SUMMARY)
        .coalesce(1)
        .write()
        .parquet(new Path(root, "summary").toString());
    spark
        .createDataFrame(
            summary.funnel().stream()
                .map(
                    s ->
                        RowFactory.create(
                            s.ordinal(),
                            s.criterion(),
                            s.kind(),
                            s.text(),
                            s.ruledOut(),
                            s.ruledOutFirst(),
                            s.remaining(),
                            s.unknown(),
                            s.unknownNeedsReview()))
                .toList(),
            FUNNEL)
        .coalesce(1)
        .write()
        .parquet(new Path(root, "funnel").toString());
    fs.delete(new Path(staging), true);
    return summary;
  }

  /** The output directory exists already. */
  static final class OutputExistsException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputExistsException(String message) {
      super(message);
    }
  }
}
