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
import java.util.HashSet;
import java.util.Set;

/**
 * The text report: a table of patient, verdict and deciding criteria, a count line, then the
 * explanations asked for ({@link Explained}). Table rows are written as patients are screened;
 * explanations wait in a temporary file until the table is complete, so memory does not grow with
 * the input.
 */
final class TextReport implements Report {
  private static final int PATIENT_WIDTH = 24;
  private static final int VERDICT_WIDTH = 14;
  private static final String RULE = "-".repeat(80);

  private final Writer out;
  private final Explained explained;

  /** The named patients met so far (not every patient: --explain alone must not grow memory). */
  private final Set<String> explainedSeen = new HashSet<>();

  private boolean anyExplained;
  private Path explanationsFile;
  private BufferedWriter explanations;

  TextReport(Writer out, Explained explained) {
    this.out = out;
    this.explained = explained;
  }

  @Override
  public void start(ProtocolInfo protocol, LocalDate asOf) throws IOException {
    explanationsFile = Files.createTempFile("eligo-explanations-", ".txt");
    explanationsFile.toFile().deleteOnExit();
    explanations = Files.newBufferedWriter(explanationsFile, StandardCharsets.UTF_8);
    out.write(
        Escapes.line(protocol.id() + " (version " + protocol.version() + ")")
            + ", screened as of "
            + asOf
            + "\n\n");
    row("PATIENT", "VERDICT", "DECIDED BY");
  }

  @Override
  public void patient(PatientOutcome outcome) throws IOException {
    row(Rows.patientLabel(outcome), outcome.verdict(), Rows.decidedBy(outcome));
    if (!explained.includes(outcome)) {
      return;
    }
    anyExplained = true;
    if (!explained.all()) {
      explainedSeen.add(Rows.patientLabel(outcome));
    }
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
      explanations.write(
          "ERROR " + Escapes.line(((PatientOutcome.Failed) outcome).describe()) + "\n");
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write("\n" + summary + "\n");
    if (!explained.any() && summary.total() > 0) {
      out.write(
          "Explanations: add --explain for every patient, --explain-patient ID for one,"
              + " or use --format html, json or csv.\n");
    }
    for (String patient : explained.patients()) {
      if (!explainedSeen.contains(patient)) {
        out.write("No patient '" + patient + "' was screened, so it has no explanation.\n");
      }
    }
    explanations.close();
    try (Reader in = Files.newBufferedReader(explanationsFile, StandardCharsets.UTF_8)) {
      if (anyExplained) {
        out.write("\n");
      }
      in.transferTo(out);
    } finally {
      Files.deleteIfExists(explanationsFile);
    }
    out.flush();
  }

  private void row(String patient, String verdict, String decidedBy) throws IOException {
    out.write(
        pad(Escapes.line(patient), PATIENT_WIDTH)
            + pad(verdict, VERDICT_WIDTH)
            + Escapes.line(decidedBy)
            + "\n");
  }

  private static String pad(String text, int width) {
    int length = text.codePointCount(0, text.length());
    return text + " ".repeat(Math.max(1, width - length));
  }
}
