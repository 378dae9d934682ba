package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CSV report (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed): one row
 * per patient and criterion, parts included; input that gave no patient is one row with the error.
 */
final class CsvReport implements Report {
  static final List<String> HEADER =
      List.of(
          "patient",
          "source",
          "verdict",
          "criterion",
          "kind",
          "result",
          "missing",
          "explanation",
          "error");

  private final Writer out;

  /** The rows of outcomes formatted on the threads that screened them, until written. */
  private final Map<PatientOutcome, String> prepared =
      Collections.synchronizedMap(new IdentityHashMap<>());

  CsvReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    StringBuilder header = new StringBuilder();
    row(header, HEADER);
    out.write(header.toString());
  }

  @Override
  public void prepare(PatientOutcome outcome) {
    prepared.put(outcome, rows(outcome));
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    String rows = prepared.remove(outcome);
    out.write(rows != null ? rows : rows(outcome));
  }

  /** The rows of one outcome, each ended by CRLF. */
  private static String rows(PatientOutcome outcome) {
    StringBuilder rows = new StringBuilder();
    if (outcome instanceof PatientOutcome.Failed) {
      PatientOutcome.Failed failed = (PatientOutcome.Failed) outcome;
      row(
          rows,
          List.of("", failed.source(), failed.verdict(), "", "", "", "", "", failed.describe()));
      return rows.toString();
    }
    PatientOutcome.Screened screened = (PatientOutcome.Screened) outcome;
    for (Rows.Row row : Rows.flatten(screened.result())) {
      CriterionResult c = row.criterion();
      row(
          rows,
          List.of(
              screened.result().patientId(),
              screened.source(),
              screened.verdict(),
              c.id(),
              Rows.kind(c),
              c.outcome().name(),
              String.join("; ", Rows.missing(c)),
              c.explain().stripTrailing(),
              ""));
    }
    return rows.toString();
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.flush();
  }

  private static void row(StringBuilder rows, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      rows.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
    }
    rows.append("\r\n");
  }

  static String quote(String raw) {
    // A cell a spreadsheet would run as a formula (a patient id or text starting with = + - @)
    // is kept as text, as OWASP recommends for CSV meant to be opened in Excel or LibreOffice.
    // Control characters are escaped so that printing the file on a terminal is safe too.
    String field = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
    field = Escapes.lines(field);
    boolean needsQuotes =
        field.indexOf(',') >= 0
            || field.indexOf('"') >= 0
            || field.indexOf('\n') >= 0
            || field.indexOf('\r') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
