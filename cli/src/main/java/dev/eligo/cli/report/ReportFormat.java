package dev.eligo.cli.report;

import java.io.Writer;

/** The output formats of {@code eligo screen}. */
public enum ReportFormat {
  /** A table of patients, verdicts and deciding criteria, then each patient's explanation. */
  TEXT,
  /** One JSON document: protocol, date and every patient with its criteria. */
  JSON,
  /** One row per patient and criterion (RFC 4180). */
  CSV,
  /** One self-contained HTML page for a study coordinator. */
  HTML;

  /** A report in this format writing to {@code out}. */
  public Report create(Writer out) {
    switch (this) {
      case TEXT:
        return new TextReport(out);
      case JSON:
        return new JsonReport(out);
      case CSV:
        return new CsvReport(out);
      case HTML:
        return new HtmlReport(out);
    }
    throw new AssertionError(this);
  }
}
