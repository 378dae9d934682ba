package dev.eligo.compiler.check;

import dev.eligo.compiler.check.Type.RecordKind;
import dev.eligo.compiler.check.Type.RecordType;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields each type of item has, and their types. */
final class Fields {
  private Fields() {}

  /** The fields of a type, in a stable order for messages; empty when it has none. */
  static Map<String, Type> of(Type type) {
    Map<String, Type> fields = new LinkedHashMap<>();
    if (type instanceof Type.Pair pair) {
      fields.put("previous", pair.element());
      fields.put("next", pair.element());
      return fields;
    }
    if (!(type instanceof RecordType record)) {
      return fields;
    }
    switch (record.kind()) {
      case OBSERVATION:
        fields.put("value", record.valueType());
        fields.put("date", Type.DATE);
        break;
      case POINT:
        fields.put("value", record.valueType());
        fields.put("date", Type.DATE);
        fields.put("conflict", Type.TRUTH);
        break;
      case CONDITION:
        fields.put("code", Type.CODES);
        fields.put("active", Type.TRUTH);
        fields.put("resolved", Type.TRUTH);
        fields.put("onset", Type.DATE);
        break;
      case MEDICATION:
        fields.put("code", Type.CODES);
        fields.put("route", Type.CODES);
        fields.put("start", Type.DATE);
        break;
      case COURSE:
        fields.put("route", Type.CODES);
        fields.put("reason", Type.CODES);
        fields.put("duration", Type.MEASURED_DURATION);
        fields.put("start", Type.DATE);
        fields.put("end", Type.DATE);
        break;
      case PROCEDURE:
        fields.put("code", Type.CODES);
        fields.put("date", Type.DATE);
        break;
      case ALLERGY:
        fields.put("code", Type.CODES);
        break;
      case PARTICIPATION:
        fields.put("start", Type.DATE);
        break;
    }
    return fields;
  }

  /** Whether some kind of item has a field of this name. */
  static boolean isFieldOfSomeKind(String name) {
    for (RecordKind kind : RecordKind.values()) {
      if (of(new RecordType(kind, null)).containsKey(name)) {
        return true;
      }
    }
    return of(new Type.Pair(Type.ERROR)).containsKey(name);
  }

  static boolean isRecordOf(Type type, RecordKind kind) {
    return type instanceof RecordType record && record.kind() == kind;
  }
}
