package dev.eligo.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One Spark session for every test class of the module ({@code local[2]}, as CI has two cores).
 * Files are split into 64 KiB chunks so that even the sample files are read in several pieces and
 * line numbering across chunks is always exercised.
 */
final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("eligo-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.ui.showConsoleProgress", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.shuffle.partitions", "2")
              // One host: waiting for a "better" locality only delays each task by seconds.
              .config("spark.locality.wait", "0")
              // Tens of rows: compiling each query's code costs more than interpreting it.
              .config("spark.sql.codegen.wholeStage", "false")
              .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
              .config("spark.sql.files.maxPartitionBytes", "65536")
              .config("spark.sql.files.openCostInBytes", "0")
              .getOrCreate();
    }
    return session;
  }
}
