package dev.eligo.compiler.check;

import dev.eligo.compiler.check.Type.RecordKind;

/** What has fields: each kind of record, point and course, and a pair of consecutive items. */
public enum FieldOwner {
  OBSERVATION("observation"),
  POINT("point of a series"),
  CONDITION("condition"),
  MEDICATION("medication use"),
  COURSE("course, episode or regimen"),
  PROCEDURE("procedure"),
  ALLERGY("allergy"),
  PARTICIPATION("study participation"),
  SPECIMEN("specimen"),
  ENCOUNTER("encounter"),
  REPORT("diagnostic report"),
  IMAGING("imaging study"),
  IMMUNIZATION("immunization"),
  PAIR("pair of consecutive items");

  private final String label;

  FieldOwner(String label) {
    this.label = label;
  }

  /** How documentation and messages name it. */
  public String label() {
    return label;
  }

  /** The owner of fields of a value of this type, or null when it has none. */
  static FieldOwner of(Type type) {
    if (type instanceof Type.Pair) {
      return PAIR;
    }
    if (!(type instanceof Type.RecordType record)) {
      return null;
    }
    return of(record.kind());
  }

  private static FieldOwner of(RecordKind kind) {
    switch (kind) {
      case OBSERVATION:
        return OBSERVATION;
      case POINT:
        return POINT;
      case CONDITION:
        return CONDITION;
      case MEDICATION:
        return MEDICATION;
      case COURSE:
        return COURSE;
      case PROCEDURE:
        return PROCEDURE;
      case ALLERGY:
        return ALLERGY;
      case PARTICIPATION:
        return PARTICIPATION;
      case SPECIMEN:
        return SPECIMEN;
      case ENCOUNTER:
        return ENCOUNTER;
      case REPORT:
        return REPORT;
      case IMAGING:
        return IMAGING;
      case IMMUNIZATION:
        return IMMUNIZATION;
    }
    throw new AssertionError(kind);
  }
}
