package dev.eligo.cli;

import dev.eligo.cli.report.ReportFormat;
import java.util.Locale;
import picocli.CommandLine;

/** Reads {@code --format}: text, json, csv or html, in any case. */
final class ReportFormatConverter implements CommandLine.ITypeConverter<ReportFormat> {
  @Override
  public ReportFormat convert(String value) {
    try {
      return ReportFormat.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not a format; use text, json, csv or html");
    }
  }
}
