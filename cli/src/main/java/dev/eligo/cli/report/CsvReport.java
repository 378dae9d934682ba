package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.result.CriterionResult;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;

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

  CsvReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    row(HEADER);
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    if (outcome instanceof PatientOutcome.Failed) {
      PatientOutcome.Failed failed = (PatientOutcome.Failed) outcome;
      row(List.of("", failed.source(), failed.verdict(), "", "", "", "", "", failed.describe()));
      return;
    }
    PatientOutcome.Screened screened = (PatientOutcome.Screened) outcome;
    for (Rows.Row row : Rows.flatten(screened.result())) {
      CriterionResult c = row.criterion();
      row(
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
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.flush();
  }

  private void row(List<String> fields) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      line.append(i == 0 ? "" : ",").append(quote(fields.get(i)));
    }
    out.write(line.append("\r\n").toString());
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
