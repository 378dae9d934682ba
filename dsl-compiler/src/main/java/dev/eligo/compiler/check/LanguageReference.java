package dev.eligo.compiler.check;

import java.util.ArrayList;
import java.util.List;

/**
 * The language's reference tables, written from the declaration table: docs/language.md shows
 * exactly these (a test compares them), so the documentation says what the compiler accepts.
 */
public final class LanguageReference {
  private LanguageReference() {}

  /** The fields of each kind of item, as a Markdown table. */
  public static String fields() {
    List<String> rows = new ArrayList<>();
    rows.add("| item | field | type | meaning | read from (FHIR R4) |");
    rows.add("| --- | --- | --- | --- | --- |");
    FieldOwner previous = null;
    for (FieldDeclaration field : LanguageTable.FIELDS) {
      String owner = field.owner() == previous ? "" : field.owner().label();
      previous = field.owner();
      rows.add(
          "| "
              + owner
              + " | `"
              + field.name()
              + "` | "
              + field.typeText()
              + " | "
              + field.meaning()
              + " | "
              + field.fhirSource()
              + " |");
    }
    return String.join("\n", rows) + "\n";
  }

  /** The functions, as a Markdown table. */
  public static String functions() {
    List<String> rows = new ArrayList<>();
    rows.add("| function | gives | arguments |");
    rows.add("| --- | --- | --- |");
    for (FunctionDeclaration function : LanguageTable.FUNCTIONS) {
      List<String> expects = new ArrayList<>();
      for (FunctionDeclaration.Parameter parameter : function.parameters()) {
        expects.add(parameter.expects());
      }
      rows.add(
          "| `"
              + function.usage()
              + "` | "
              + function.summary()
              + " | "
              + String.join("; ", expects)
              + " |");
    }
    return String.join("\n", rows) + "\n";
  }
}
