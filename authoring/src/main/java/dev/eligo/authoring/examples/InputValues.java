package dev.eligo.authoring.examples;

import dev.eligo.authoring.examples.ExamplesFile.InputValue;
import dev.eligo.compiler.ast.DataDeclaration.InputDeclaration;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Whether an example's value of a screening input is of the kind the criteria file declares. */
final class InputValues {
  private InputValues() {}

  /** What the value should be, e.g. {@code a date such as @2026-11-02}; null when it is that. */
  static String problem(InputDeclaration input, InputValue value) {
    switch (input.kind()) {
      case "date":
        return value.date() != null && wholeDay(value)
            ? null
            : "a day: write @2026-11-02 or '3 days before screening'";
      case "number":
        return value.text() != null && isNumber(value.text()) ? null : "a number such as 2.5";
      case "truth":
        return "true".equals(value.text()) || "false".equals(value.text()) ? null : "true or false";
      case "quantity":
        return value.text() != null && quantity(value.text(), input.unit().text())
            ? null
            : "a number of '" + input.unit().text() + "' such as 100 '" + input.unit().text() + "'";
      default:
        return value.text() != null && !isNumberWithUnit(value.text())
            ? null
            : "a code of " + input.system().text() + ", written as the code alone";
    }
  }

  private static boolean wholeDay(InputValue value) {
    // A relative date is always a day; a written one may be a month or a year only.
    return value.date().resolve(LocalDate.EPOCH) != null
        && value.date().resolve(LocalDate.EPOCH).day().isPresent();
  }

  private static boolean quantity(String text, String unit) {
    String[] parts = text.split(" ", 2);
    return isNumber(parts[0]) && (parts.length == 1 || parts[1].equals(unit));
  }

  private static boolean isNumberWithUnit(String text) {
    return text.contains(" ");
  }

  private static boolean isNumber(String text) {
    try {
      new BigDecimal(text);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
