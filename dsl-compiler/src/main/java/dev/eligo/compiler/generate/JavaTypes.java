package dev.eligo.compiler.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.eligo.compiler.check.Type;

/** The Java type generated code uses for each type of the language. */
final class JavaTypes {
  private JavaTypes() {}

  /** The type of an expression's Java value. */
  static TypeName of(Type type) {
    if (type instanceof Type.Truth) {
      return RuntimeNames.TRUTH;
    }
    if (type instanceof Type.Duration duration && !duration.measured()) {
      return RuntimeNames.CALENDAR_DURATION;
    }
    if (type instanceof Type.ListOf list) {
      return ParameterizedTypeName.get(RuntimeNames.ITEMS, element(list.element()));
    }
    return ParameterizedTypeName.get(RuntimeNames.VALUE, element(type));
  }

  /** The type of one item of a list, as lambdas over the list receive it. */
  static TypeName element(Type type) {
    if (type instanceof Type.Quantity) {
      return RuntimeNames.QUANTITY;
    }
    if (type instanceof Type.Duration) {
      return RuntimeNames.ELAPSED;
    }
    if (type instanceof Type.Date) {
      return ClassName.get(java.time.LocalDate.class);
    }
    if (type instanceof Type.Codes) {
      return RuntimeNames.CODES;
    }
    if (type instanceof Type.Pair pair) {
      return ParameterizedTypeName.get(RuntimeNames.PAIR, element(pair.element()));
    }
    if (type instanceof Type.ListOf list) {
      return ParameterizedTypeName.get(RuntimeNames.ITEMS, element(list.element()));
    }
    if (type instanceof Type.RecordType record) {
      switch (record.kind()) {
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
        case POINT:
          return RuntimeNames.POINT;
        case COURSE:
          return RuntimeNames.COURSE;
      }
    }
    throw new IllegalArgumentException("no Java type for " + type.describe());
  }

  /** Whether values of this type travel bare inside lambdas (lists) rather than as a Value. */
  static boolean isList(Type type) {
    return type instanceof Type.ListOf;
  }
}
