package dev.eligo.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.sql.Row;

/**
 * A line of an NDJSON file with its 1-based number and the byte offset where it starts, as the
 * CLI's reader gives them. {@link #number} turns the rows of one partition into such lines.
 */
record NumberedLine(String path, long number, long offset, byte[] bytes) {

  /**
   * Numbers the rows of a partition ({@link TextLines} columns, in file order within each chunk),
   * keeping blank lines out of the result but in the count.
   */
  static Iterator<NumberedLine> number(Iterator<Row> rows, LinePositions positions) {
    return new Iterator<>() {
      private String rawPath;
      private String path;
      private long chunk = -1;
      private long number;
      private long offset;
      private NumberedLine next;

      @Override
      public boolean hasNext() {
        while (next == null && rows.hasNext()) {
          Row row = rows.next();
          String rowPath = row.getString(0);
          long rowChunk = row.getLong(1);
          byte[] bytes = (byte[]) row.get(2);
          if (!rowPath.equals(rawPath) || rowChunk != chunk) {
            rawPath = rowPath;
            path = InputPlan.key(rowPath);
            chunk = rowChunk;
            LinePositions.Start start = positions.start(path, chunk);
            number = start.lines();
            offset = start.bytes();
          }
          number++;
          byte[] line = TextLines.withoutCr(bytes);
          if (!dev.eligo.fhir.PatientJson.isBlank(line)) {
            next = new NumberedLine(path, number, offset, line);
          }
          offset += bytes.length + 1;
        }
        return next != null;
      }

      @Override
      public NumberedLine next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        NumberedLine line = next;
        next = null;
        return line;
      }
    };
  }
}
