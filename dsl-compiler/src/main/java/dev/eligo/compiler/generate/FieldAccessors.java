package dev.eligo.compiler.generate;

import com.palantir.javapoet.CodeBlock;
import dev.eligo.compiler.check.Type;
import dev.eligo.compiler.check.Type.RecordType;
import java.util.Locale;

/**
 * Reads a field of a record, point, pair or course held in a {@code Value}. Each field is one
 * method of the runtime's {@code Fields}, named after the kind and the field
 * ({@code conditionActive}), which applies the data dictionary's rules: a condition with no
 * clinical status is not known to be active.
 */
final class FieldAccessors {
  private FieldAccessors() {}

  static CodeBlock access(CodeBlock target, Type targetType, String field) {
    if (targetType instanceof Type.Pair) {
      // pair.flatMap(Pair::next)
      return CodeBlock.of("$L.flatMap($T::$L)", target, RuntimeNames.PAIR, field);
    }
    RecordType record = (RecordType) targetType;
    String kind = record.kind().name().toLowerCase(Locale.ROOT);
    String member = field.equals("value") && record.valueType() instanceof Type.Codes ? "codedValue" : field;
    return CodeBlock.of("$T.$L($L)", RuntimeNames.FIELDS, kind + Character.toUpperCase(member.charAt(0)) + member.substring(1),
        target);
  }
}
