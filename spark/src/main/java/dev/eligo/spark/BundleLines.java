package dev.eligo.spark;

import dev.eligo.fhir.PatientJson;
import dev.eligo.fhir.ReadLimits;
import java.util.Iterator;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;

/**
 * Screens NDJSON files of Bundles: each line is one patient, read and screened where it lies, so
 * this path needs no shuffle. A line is named {@code file:line}, as in the CLI.
 */
final class BundleLines implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Map<String, String> names;
  private final Broadcast<FirstPass.Result> firstPass;
  private final Screener screener;

  /** {@code names}: each file's name in sources, by URI. */
  BundleLines(Map<String, String> names, Broadcast<FirstPass.Result> firstPass, Screener screener) {
    this.names = names;
    this.firstPass = firstPass;
    this.screener = screener;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Iterator<NumberedLine> lines = NumberedLine.number(rows, firstPass.value().positions());
    ReadLimits limits = screener.limits(); // this executor's heap, as the CLI sizes it for its own
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        NumberedLine line = lines.next();
        String source = names.get(line.path()) + ":" + line.number();
        return screener.screen(
            PatientJson.bundle(source, line.bytes(), limits), line.path() + ":" + line.number());
      }
    };
  }
}
