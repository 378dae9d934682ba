package dev.eligo.cli.report;

import java.io.Writer;

/** The output formats of {@code eligo screen}. */
public enum ReportFormat {
  /** A table of patients, verdicts and deciding criteria; explanations on request. */
  TEXT,
  /** One JSON document: protocol, date and every patient with its criteria. */
  JSON,
  /** One row per patient and criterion (RFC 4180). */
  CSV,
  /** One self-contained HTML page for a study coordinator. */
  HTML;

  /**
   * A report in this format writing to {@code out}; {@code explained} matters to the text report
   * only.
   */
  public Report create(Writer out, Explained explained) {
    switch (this) {
      case TEXT:
        return new TextReport(out, explained);
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
