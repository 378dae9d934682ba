package dev.eligo.cli;

import dev.eligo.cli.load.IoErrors;
import dev.eligo.cli.report.AllReports;
import dev.eligo.cli.report.Explained;
import dev.eligo.cli.report.Report;
import dev.eligo.cli.report.ReportFormat;
import dev.eligo.cli.screen.Summary;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The reports of {@code --also FORMAT=FILE}: more formats of the same screening, each in its own
 * file, so a large population is read and screened once for every report a team needs.
 */
final class AdditionalReports implements Closeable {
  private final List<Path> files = new ArrayList<>();
  private final List<Writer> writers = new ArrayList<>();
  private final List<Report> reports = new ArrayList<>();

  private AdditionalReports() {}

  /**
   * Opens every file; when one cannot be opened, closes those already open and throws, naming it.
   */
  static AdditionalReports open(Map<ReportFormat, Path> wanted, Explained explained)
      throws CannotWrite {
    AdditionalReports opened = new AdditionalReports();
    for (Map.Entry<ReportFormat, Path> entry : wanted.entrySet()) {
      Writer writer;
      try {
        writer = Files.newBufferedWriter(entry.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        opened.close();
        throw new CannotWrite(
            "cannot write the report to "
                + Paths.shown(entry.getValue())
                + ": "
                + IoErrors.describe(e));
      }
      opened.files.add(entry.getValue());
      opened.writers.add(writer);
      opened.reports.add(entry.getKey().create(writer, explained));
    }
    return opened;
  }

  /** The main report followed by these. */
  Report after(Report main) {
    if (reports.isEmpty()) {
      return main;
    }
    List<Report> all = new ArrayList<>();
    all.add(main);
    all.addAll(reports);
    return new AllReports(all);
  }

  /** Says on standard error which files were written, as for {@code -o}. */
  void announce(PrintWriter err, Summary summary) {
    for (Path file : files) {
      err.println("eligo: wrote " + Paths.shown(file) + " (" + summary + ")");
    }
  }

  @Override
  public void close() {
    for (Writer writer : writers) {
      try {
        writer.close();
      } catch (IOException e) {
        // reported by the report's own flush in finish(); closing adds nothing to say
      }
    }
  }

  /** A report file that cannot be opened: a usage error, said before anything is screened. */
  static final class CannotWrite extends Exception {
    private static final long serialVersionUID = 1L;

    CannotWrite(String message) {
      super(message, null, false, false);
    }
  }
}
