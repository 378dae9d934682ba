package dev.eligo.compiler.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.eligo.compiler.check.Representation;
import dev.eligo.compiler.check.Type;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The Java type generated code declares for a checked expression, from its representation. */
final class JavaTypes {
  private JavaTypes() {}

  static TypeName of(Type type, Representation representation) {
    switch (representation) {
      case TRUTH:
        return RuntimeNames.TRUTH;
      case CALENDAR_DURATION:
        return RuntimeNames.CALENDAR_DURATION;
      case ULN_MULTIPLE:
        return ClassName.get(BigDecimal.class);
      case LIST:
        return ParameterizedTypeName.get(
            RuntimeNames.ITEMS, element(((Type.ListOf) type).element()));
      case VALUE:
        return ParameterizedTypeName.get(RuntimeNames.VALUE, element(type));
      case SEX:
        break;
    }
    throw new IllegalArgumentException("no Java value holds " + type.describe());
  }

  /** The Java type of one value or item of the language's type. */
  static TypeName element(Type type) {
    if (type instanceof Type.Quantity) {
      return RuntimeNames.QUANTITY;
    }
    if (type instanceof Type.Duration) {
      return RuntimeNames.ELAPSED;
    }
    if (type instanceof Type.Date) {
      return ClassName.get(LocalDate.class);
    }
    if (type instanceof Type.Codes) {
      return RuntimeNames.CODES;
    }
    if (type instanceof Type.Words) {
      return RuntimeNames.WORDS;
    }
    if (type instanceof Type.Text) {
      return ClassName.get(String.class);
    }
    if (type instanceof Type.Pair pair) {
      return ParameterizedTypeName.get(RuntimeNames.PAIR, element(pair.element()));
    }
    if (type instanceof Type.ListOf list) {
      return ParameterizedTypeName.get(RuntimeNames.ITEMS, element(list.element()));
    }
    if (type instanceof Type.RecordType record) {
      return record(record.kind());
    }
    throw new IllegalArgumentException("no Java type for " + type.describe());
  }

  private static ClassName record(Type.RecordKind kind) {
    switch (kind) {
      case OBSERVATION:
        return RuntimeNames.OBSERVATION;
      case CONDITION:
        return RuntimeNames.CONDITION;
      case MEDICATION:
        return RuntimeNames.MEDICATION_USE;
      case PROCEDURE:
        return RuntimeNames.PROCEDURE;
      case ALLERGY:
        return RuntimeNames.ALLERGY;
      case PARTICIPATION:
        return RuntimeNames.RESEARCH_PARTICIPATION;
      case SPECIMEN:
        return RuntimeNames.SPECIMEN;
      case ENCOUNTER:
        return RuntimeNames.ENCOUNTER;
      case REPORT:
        return RuntimeNames.DIAGNOSTIC_REPORT;
      case IMAGING:
        return RuntimeNames.IMAGING_STUDY;
      case IMMUNIZATION:
        return RuntimeNames.IMMUNIZATION;
      case POINT:
        return RuntimeNames.POINT;
      case COURSE:
        return RuntimeNames.COURSE;
    }
    throw new AssertionError(kind);
  }
}
