package dev.eligo.compiler.diagnostic;

/**
 * Every diagnostic the compiler reports, with its stable code. Codes never change meaning once
 * published; docs/language.md lists them. 01xx: syntax; 02xx: names and declarations; 03xx: types
 * and units; 05xx: example patients ({@code .examples.eligo} files, docs/authoring.md lists them).
 */
public enum DiagnosticCode {
  SYNTAX_ERROR("ELG0101", Severity.ERROR, "syntax error"),
  BAD_CHARACTER("ELG0102", Severity.ERROR, "character not used by the language"),
  UNTERMINATED_STRING("ELG0103", Severity.ERROR, "string without its closing quote"),
  INVALID_ESCAPE("ELG0104", Severity.ERROR, "invalid escape in a string"),
  NESTED_TOO_DEEPLY("ELG0105", Severity.ERROR, "expression nested too deeply"),

  UNKNOWN_NAME("ELG0201", Severity.ERROR, "unknown name"),
  DUPLICATE_NAME("ELG0202", Severity.ERROR, "name or criterion id declared twice"),
  RECURSIVE_DEFINITION("ELG0203", Severity.ERROR, "definition that depends on itself"),
  MISSING_PROTOCOL_TEXT("ELG0204", Severity.ERROR, "criterion without its protocol text"),
  UNKNOWN_CODE_SYSTEM("ELG0205", Severity.ERROR, "code system not declared"),
  UNKNOWN_FIELD("ELG0206", Severity.ERROR, "field the value does not have"),
  UNKNOWN_FUNCTION("ELG0207", Severity.ERROR, "function the language does not have"),
  WRONG_ARGUMENTS("ELG0208", Severity.ERROR, "wrong number of arguments"),
  UNUSED_DECLARATION("ELG0209", Severity.WARNING, "declaration nothing uses"),
  INVALID_CODE("ELG0210", Severity.ERROR, "code or code range that cannot match"),
  NOT_A_VALUE_SET("ELG0211", Severity.ERROR, "name used as a value set is not one"),
  UNKNOWN_SEX("ELG0212", Severity.ERROR, "sex test other than male or female"),
  NO_CRITERIA("ELG0213", Severity.WARNING, "protocol without criteria"),
  UNKNOWN_WORD("ELG0214", Severity.ERROR, "word a field cannot have"),

  TYPE_MISMATCH("ELG0301", Severity.ERROR, "value of the wrong type"),
  UNIT_MISMATCH("ELG0302", Severity.ERROR, "units of different dimensions"),
  UNKNOWN_UNIT("ELG0303", Severity.ERROR, "unit that is not UCUM"),
  ULN_WITHOUT_OBSERVATION(
      "ELG0304",
      Severity.ERROR,
      "multiple of ULN compared with something other than an observation"),
  INVALID_DURATION(
      "ELG0305",
      Severity.ERROR,
      "duration that is not a whole number of days, weeks, months or years"),
  INVALID_DATE("ELG0306", Severity.ERROR, "date that does not exist"),
  INVALID_NUMBER("ELG0307", Severity.ERROR, "number out of range"),
  TOO_LARGE("ELG0308", Severity.ERROR, "text or expression too large for one evaluator class"),

  EXAMPLE_FACT_MISFIT(
      "ELG0501", Severity.ERROR, "example fact that does not fit its data declaration"),
  EXAMPLE_EXPECTATION("ELG0502", Severity.ERROR, "expectation that cannot be checked"),
  EXAMPLE_BUNDLE_UNREADABLE("ELG0503", Severity.ERROR, "example bundle that cannot be read"),
  EXAMPLES_OF_ANOTHER_PROTOCOL("ELG0504", Severity.ERROR, "examples written for another protocol");

  /** Whether the code is about example patients rather than a criteria file. */
  public boolean isAboutExamples() {
    return id.startsWith("ELG05");
  }

  private final String id;
  private final Severity severity;
  private final String summary;

  DiagnosticCode(String id, Severity severity, String summary) {
    this.id = id;
    this.severity = severity;
    this.summary = summary;
  }

  /** The stable code, e.g. {@code ELG0201}. */
  public String id() {
    return id;
  }

  /** The severity this code is reported with. */
  public Severity severity() {
    return severity;
  }

  /** A few words saying what the code is about, for documentation and help. */
  public String summary() {
    return summary;
  }
}
