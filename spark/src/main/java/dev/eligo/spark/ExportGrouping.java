package dev.eligo.spark;

import static org.apache.spark.sql.functions.col;

import dev.eligo.fhir.ExportLine;
import dev.eligo.fhir.PatientJson;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Groups the lines of bulk exports by patient: each line is classified where it lies (whose it is,
 * by its subject, patient or individual reference), then one shuffle brings each patient's lines
 * together, sorted as the CLI reads them (the Patient, then its resources by file name and line),
 * and {@link PatientGroups} maps and screens each group. A line that cannot be classified travels
 * as a group of its own and becomes its ERROR row.
 */
final class ExportGrouping {
  static final StructType LINE =
      new StructType()
          .add("export", DataTypes.IntegerType, false)
          .add("patient", DataTypes.StringType, false)
          .add("rank", DataTypes.IntegerType, false)
          .add("file", DataTypes.IntegerType, false)
          .add("line", DataTypes.LongType, false)
          .add("source", DataTypes.StringType, false)
          .add("where", DataTypes.StringType, false)
          .add("json", DataTypes.BinaryType, true)
          .add("error", DataTypes.StringType, true)
          .add("input", DataTypes.StringType, false);

  /** Ranks order a group: its Patient lines first, then its resources; errors are alone. */
  static final int PATIENT = 0;

  static final int RESOURCE = 1;
  static final int ERROR = 2;

  private ExportGrouping() {}

  /** The screened rows of every export: classify, shuffle by patient, sort, map and screen. */
  static Dataset<Row> screen(
      Dataset<Row> lines,
      Map<String, InputPlan.InputFile> files,
      Map<Integer, String> exportNames,
      Broadcast<FirstPass.Result> firstPass,
      Screener screener) {
    return lines
        .mapPartitions(new Classify(files, firstPass), Encoders.row(LINE))
        .repartition(col("export"), col("patient"))
        .sortWithinPartitions("export", "patient", "rank", "file", "line")
        .mapPartitions(
            new PatientGroups(exportNames, firstPass, screener),
            Encoders.row(OutputSchema.SCREENED));
  }

  /**
   * Says for each line whose it is; lines of shared or unread types are dropped (the first pass has
   * the shared ones).
   */
  private static final class Classify implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final Map<String, InputPlan.InputFile> files;
    private final Broadcast<FirstPass.Result> firstPass;

    Classify(Map<String, InputPlan.InputFile> files, Broadcast<FirstPass.Result> firstPass) {
      this.files = files;
      this.firstPass = firstPass;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      Iterator<NumberedLine> lines = NumberedLine.number(rows, firstPass.value().positions());
      return new Iterator<>() {
        private Row next;

        @Override
        public boolean hasNext() {
          while (next == null && lines.hasNext()) {
            next = classify(lines.next());
          }
          return next != null;
        }

        @Override
        public Row next() {
          if (!hasNext()) {
            throw new java.util.NoSuchElementException();
          }
          Row row = next;
          next = null;
          return row;
        }
      };
    }

    private Row classify(NumberedLine line) {
      InputPlan.InputFile file = FirstPass.file(files, line.path());
      String source = file.name() + ":" + line.number();
      String input = line.path() + ":" + line.number();
      ExportLine role = PatientJson.exportLine(source, line.bytes(), file.patients());
      switch (role.role()) {
        case PATIENT:
        case PATIENT_RESOURCE:
          return RowFactory.create(
              file.export(),
              role.key(),
              role.role() == ExportLine.Role.PATIENT ? PATIENT : RESOURCE,
              file.order(),
              line.number(),
              source,
              file.name() + " at byte " + line.offset(),
              line.bytes(),
              null,
              input);
        case ERROR:
          // A key no patient id can have (ids never hold a NUL): the line is a group of its own.
          return RowFactory.create(
              file.export(),
              "\0" + input,
              ERROR,
              file.order(),
              line.number(),
              source,
              "",
              null,
              role.error().message(),
              input);
        default:
          return null; // shared (already gathered) or a type the mapping does not read
      }
    }
  }
}
