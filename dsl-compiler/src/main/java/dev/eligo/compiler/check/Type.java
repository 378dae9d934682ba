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

  /**
   * A quantity in whatever unit the record states, such as a medication's dose: its dimension is
   * checked when the patient's value is compared, not when the file is compiled.
   */
  Quantity RECORDED_QUANTITY = new Quantity(Quantity.RECORDED_UNIT);

  /**
   * A quantity per day in whatever unit the record states, such as a medication's daily dose: only
   * a unit per unit of time ({@code 'mg/d'}) can be compared with it.
   */
  Quantity RECORDED_DAILY_QUANTITY = new Quantity(Quantity.RECORDED_DAILY_UNIT);

  /** A duration written in the file: {@code 28 days}. */
  Duration CALENDAR_DURATION = new Duration(false);

  /** A duration measured from the record: an age, a course length, a date difference. */
  Duration MEASURED_DURATION = new Duration(true);

  /** {@code 2.5 x ULN}. */
  Uln ULN = new Uln(false);

  /** {@code 0.5 x LLN}. */
  Uln LLN = new Uln(true);

  /** A free-text result, or a text in double quotes. */
  Text TEXT = new Text();

  /** The patient's sex, only tested with {@code sex is male}. */
  Sex SEX = new Sex();

  /**
   * The type of something already reported as wrong; it matches anything, so errors don't cascade.
   */
  Error ERROR = new Error();

  /**
   * The description with its article, for messages: "an observation of PSA", "a number", "codes".
   */
  static String withArticle(Type type) {
    String text = type.describe();
    if (type instanceof Codes || type instanceof Text || text.startsWith("list of")) {
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
    /** The unit of {@link Type#RECORDED_QUANTITY}: not UCUM, so no unit check applies to it. */
    static final String RECORDED_UNIT = "the record's unit";

    /** The unit of {@link Type#RECORDED_DAILY_QUANTITY}. */
    static final String RECORDED_DAILY_UNIT = "the record's unit per day";

    /** Whether the unit is the record's own, which the file cannot know. */
    boolean recorded() {
      return unit.equals(RECORDED_UNIT) || unit.equals(RECORDED_DAILY_UNIT);
    }

    public String describe() {
      if (recorded()) {
        return "quantity in " + unit;
      }
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

  /** A multiple of the upper (or, {@code lower}, the lower) limit of normal. */
  record Uln(boolean lower) implements Type {
    public String describe() {
      return lower ? "multiple of LLN" : "multiple of ULN";
    }
  }

  record Text() implements Type {
    public String describe() {
      return "text";
    }
  }

  /**
   * The words of a field whose values are a fixed list of codes (a status), tested with {@code is}:
   * {@code status is stopped}.
   *
   * @param field the field's name: {@code status}
   * @param owner what has the field, for messages: {@code medication use}
   * @param words every word the field can take, in documentation order
   */
  record Words(String field, String owner, java.util.List<String> words) implements Type {
    public Words {
      words = java.util.List.copyOf(words);
    }

    public String describe() {
      return field + " of a " + owner;
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
      switch (observation.valueKind()) {
        case INTEGER:
          return NUMBER;
        case BOOLEAN:
          return TRUTH;
        case TEXT:
          return TEXT;
        default:
          return CODES;
      }
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
    SPECIMEN("specimen", true),
    ENCOUNTER("encounter", true),
    REPORT("diagnostic report", true),
    IMAGING("imaging study", true),
    IMMUNIZATION("immunization", true),
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
