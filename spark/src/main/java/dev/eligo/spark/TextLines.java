package dev.eligo.spark;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The lines of NDJSON files as Spark reads them, split on {@code \n} only (as the CLI's reader
 * does; a {@code \r} before it is dropped later), as bytes, with the file and the start of the file
 * chunk each line was read in. A large file is read in several chunks, in parallel.
 */
final class TextLines {
  static final String PATH = "path";
  static final String CHUNK = "chunk";
  static final String BYTES = "bytes";

  private TextLines() {}

  /**
   * Columns {@code path} (the file's URI), {@code chunk} (where its chunk starts), {@code bytes}.
   */
  static Dataset<Row> read(SparkSession spark, List<InputPlan.InputFile> files) {
    String[] uris = files.stream().map(InputPlan.InputFile::uri).toArray(String[]::new);
    // Casting the text to binary keeps the bytes as they are in the file, invalid UTF-8 included,
    // so that the JSON parser reports what the CLI reports.
    return spark
        .read()
        .option("lineSep", "\n")
        .text(uris)
        .select(
            col("_metadata.file_path").as(PATH),
            col("_metadata.file_block_start").as(CHUNK),
            col("value").cast("binary").as(BYTES));
  }

  /** The bytes of a line without a trailing {@code \r}. */
  static byte[] withoutCr(byte[] line) {
    return line.length > 0 && line[line.length - 1] == '\r'
        ? java.util.Arrays.copyOf(line, line.length - 1)
        : line;
  }
}
