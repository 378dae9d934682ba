package dev.eligo.cli.report;

import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Summary;
import dev.eligo.runtime.record.RecordProblem;
import dev.eligo.runtime.result.ProtocolInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The text report: a table of patient, verdict and deciding criteria, a count line, then each
 * patient's explanation. Table rows are written as patients are screened; explanations wait in
 * a temporary file until the table is complete, so memory does not grow with the input.
 */
final class TextReport implements Report {
  private static final int PATIENT_WIDTH = 24;
  private static final int VERDICT_WIDTH = 14;
  private static final String RULE = "-".repeat(80);

  private final Writer out;
  private Path explanationsFile;
  private BufferedWriter explanations;

  TextReport(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    explanationsFile = Files.createTempFile("eligo-explanations-", ".txt");
    explanationsFile.toFile().deleteOnExit();
    explanations = Files.newBufferedWriter(explanationsFile, StandardCharsets.UTF_8);
    out.write(Escapes.line(protocol.id() + " (version " + protocol.version() + ")") + ", screened as of " + asOf + "\n\n");
    row("PATIENT", "VERDICT", "DECIDED BY");
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    row(Rows.patientLabel(outcome), outcome.verdict(), Rows.decidedBy(outcome));
    explanations.write(RULE + "\n");
    if (outcome instanceof PatientOutcome.Screened) {
      PatientOutcome.Screened screened = (PatientOutcome.Screened) outcome;
      explanations.write("source: " + Escapes.line(screened.source()) + "\n");
      explanations.write(Escapes.lines(screened.result().explain()));
      if (!screened.problems().isEmpty()) {
        explanations.write("\ndata that could not be read or used:\n");
        for (RecordProblem problem : screened.problems()) {
          explanations.write("  - " + Escapes.line(problem.toString()) + "\n");
        }
      }
    } else {
      explanations.write("ERROR " + Escapes.line(((PatientOutcome.Failed) outcome).describe()) + "\n");
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write("\n" + summary + "\n");
    explanations.close();
    try (Reader in = Files.newBufferedReader(explanationsFile, StandardCharsets.UTF_8)) {
      if (summary.total() > 0) {
        out.write("\n");
      }
      in.transferTo(out);
    } finally {
      Files.deleteIfExists(explanationsFile);
    }
    out.flush();
  }

  private void row(String patient, String verdict, String decidedBy) throws IOException {
    out.write(pad(Escapes.line(patient), PATIENT_WIDTH) + pad(verdict, VERDICT_WIDTH) + Escapes.line(decidedBy) + "\n");
  }

  private static String pad(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return text + " ".repeat(Math.max(1, width - length));
  }
}
