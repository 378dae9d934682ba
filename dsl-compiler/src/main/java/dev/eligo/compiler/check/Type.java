package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.DataDeclaration.ObservationDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.ValueKind;

/** The type of an expression, as the checker infers it. */
public sealed interface Type {

  /** How the type is named in messages: {@code truth}, {@code quantity in 'ng/mL'}, ... */
  String describe();

  /** Three-valued truth. */
  Truth TRUTH = new Truth();
  /** A calendar date. */
  Date DATE = new Date();
  /** The codes of a record field (a route, a diagnosis code, a coded result). */
  Codes CODES = new Codes();
  /** A plain number: a quantity of unit {@code 1}. */
  Quantity NUMBER = new Quantity("1");
  /** A duration written in the file: {@code 28 days}. */
  Duration CALENDAR_DURATION = new Duration(false);
  /** A duration measured from the record: an age, a course length, a date difference. */
  Duration MEASURED_DURATION = new Duration(true);
  /** {@code 2.5 x ULN}. */
  Uln ULN = new Uln();
  /** The patient's sex, only tested with {@code sex is male}. */
  Sex SEX = new Sex();
  /** The type of something already reported as wrong; it matches anything, so errors don't cascade. */
  Error ERROR = new Error();

  /** The description with its article, for messages: "an observation of PSA", "a number", "codes". */
  static String withArticle(Type type) {
    String text = type.describe();
    if (type instanceof Codes || text.startsWith("list of")) {
      return text.startsWith("list of") ? "a " + text : text;
    }
    return ("aeiou".indexOf(text.charAt(0)) >= 0 ? "an " : "a ") + text;
  }

  /** Whether this is the type of something already reported as wrong. */
  default boolean isError() {
    return this instanceof Error;
  }

  record Truth() implements Type {
    public String describe() {
      return "truth";
    }
  }

  /** A quantity with a representative UCUM unit; compatible units are checked with UCUM. */
  record Quantity(String unit) implements Type {
    public String describe() {
      return unit.equals("1") ? "number" : "quantity in '" + unit + "'";
    }
  }

  record Duration(boolean measured) implements Type {
    public String describe() {
      return measured ? "measured duration" : "duration";
    }
  }

  record Date() implements Type {
    public String describe() {
      return "date";
    }
  }

  record Codes() implements Type {
    public String describe() {
      return "codes";
    }
  }

  record Uln() implements Type {
    public String describe() {
      return "multiple of ULN";
    }
  }

  record Sex() implements Type {
    public String describe() {
      return "sex";
    }
  }

  /** One kind of record of the patient, possibly tied to the observation concept it came from. */
  record RecordType(RecordKind kind, ObservationDeclaration observation) implements Type {
    public String describe() {
      return observation == null ? kind.label : kind.label + " of " + observation.label();
    }

    /** The type an observation or point has when compared: its value's type. */
    public Type valueType() {
      if (observation == null) {
        return ERROR;
      }
      if (observation.valueKind() == ValueKind.QUANTITY) {
        return new Quantity(observation.unit().text());
      }
      return observation.valueKind() == ValueKind.INTEGER ? NUMBER : CODES;
    }
  }

  /** Two consecutive items of a list. */
  record Pair(Type element) implements Type {
    public String describe() {
      return "pair of " + element.describe();
    }
  }

  record ListOf(Type element) implements Type {
    public String describe() {
      return "list of " + element.describe();
    }
  }

  record Error() implements Type {
    public String describe() {
      return "error";
    }
  }

  /** The kinds of records, and the points and courses derived from them. */
  enum RecordKind {
    OBSERVATION("observation", true),
    CONDITION("condition", true),
    MEDICATION("medication use", true),
    PROCEDURE("procedure", true),
    ALLERGY("allergy", true),
    PARTICIPATION("study participation", true),
    POINT("point of a series", true),
    COURSE("course of treatment", true);

    private final String label;
    private final boolean dated;

    RecordKind(String label, boolean dated) {
      this.label = label;
      this.dated = dated;
    }

    public boolean dated() {
      return dated;
    }
  }
}
