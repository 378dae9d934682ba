package dev.eligo.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/** Reads {@code --as-of} as an ISO calendar date, with a message that shows the form expected. */
final class IsoDateConverter implements CommandLine.ITypeConverter<LocalDate> {
  @Override
  public LocalDate convert(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      String why =
          value.matches("\\d{4}-\\d{2}-\\d{2}")
              ? "'" + value + "' is not a day of the calendar"
              : "'" + value + "' is not a date in the form YYYY-MM-DD (e.g. 2026-11-24)";
      throw new CommandLine.TypeConversionException(why);
    }
  }
}
