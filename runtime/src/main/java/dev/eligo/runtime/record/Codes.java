package dev.eligo.runtime.record;

import java.util.function.Function;

/** Looks an enum constant up by its FHIR code. */
final class Codes {
  private Codes() {}

  static <E extends Enum<E>> E lookup(
      E[] values, Function<E, String> codeOf, String code, String field) {
    for (E value : values) {
      if (codeOf.apply(value).equals(code)) {
        return value;
      }
    }
    throw new IllegalArgumentException("unknown " + field + " code '" + code + "'");
  }
}
