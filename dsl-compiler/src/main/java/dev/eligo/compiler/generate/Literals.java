package dev.eligo.compiler.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.eligo.compiler.ast.Expr.DurationUnit;
import dev.eligo.compiler.check.RuntimeCall;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * Values written in the criteria file, as constants built once when the evaluator class loads:
 * {@code Q_50_NG_PER_DL}, {@code DAYS_28}. The same literal written twice is one constant.
 */
final class Literals {
  private static final int LONGEST_NAME = 48;

  private final JavaNames names;
  private final List<FieldSpec> fields = new ArrayList<>();

  Literals(JavaNames names) {
    this.names = names;
  }

  List<FieldSpec> fields() {
    return fields;
  }

  /** {@code Arithmetic.constant("50", "ng/dL")}: a number has unit {@code 1}. */
  String quantity(BigDecimal value, String unit) {
    String text = value.toPlainString();
    boolean number = unit.equals("1");
    String name = number ? "N_" + words(text) : "Q_" + words(text) + "_" + unitWords(unit);
    return constant(
        new Key("quantity", text + " " + unit),
        name,
        quantityType(),
        CodeBlock.of(
            "$T.$N($S, $L)",
            RuntimeNames.owner(RuntimeCall.QUANTITY_CONSTANT),
            RuntimeCall.QUANTITY_CONSTANT.method(),
            text,
            LongStrings.literal(unit)));
  }

  /** {@code CalendarDuration.of(28, ChronoUnit.DAYS)}. */
  String duration(int amount, DurationUnit unit) {
    return constant(
        new Key("duration", amount + " " + unit),
        unit.name() + "_" + amount,
        RuntimeNames.CALENDAR_DURATION,
        CodeBlock.of(
            "$T.$N($L, $T.$L)",
            RuntimeNames.owner(RuntimeCall.DURATION_CONSTANT),
            RuntimeCall.DURATION_CONSTANT.method(),
            amount,
            ChronoUnit.class,
            unit.name()));
  }

  /** {@code Dates.constant(2026, 1, 31)}. */
  String date(LocalDate date) {
    return constant(
        new Key("date", date.toString()),
        "DATE_" + words(date.toString()),
        ParameterizedTypeName.get(RuntimeNames.VALUE, ClassName.get(LocalDate.class)),
        CodeBlock.of(
            "$T.$N($L, $L, $L)",
            RuntimeNames.owner(RuntimeCall.DATE_CONSTANT),
            RuntimeCall.DATE_CONSTANT.method(),
            date.getYear(),
            date.getMonthValue(),
            date.getDayOfMonth()));
  }

  /**
   * {@code new BigDecimal("2.5")}: a multiple of the upper (or {@code lower}, lower) limit of
   * normal.
   */
  String ulnMultiple(BigDecimal multiple, boolean lower) {
    String text = multiple.toPlainString();
    String kind = lower ? "LLN" : "ULN";
    return constant(
        new Key(kind, text),
        kind + "_" + words(text),
        ClassName.get(BigDecimal.class),
        CodeBlock.of("new $T($S)", BigDecimal.class, text));
  }

  /** {@code Texts.constant("HLA-A*02:01")}: a text written in the file. */
  String text(String text) {
    return constant(
        new Key("text", text),
        "TEXT_" + words(text),
        ParameterizedTypeName.get(RuntimeNames.VALUE, ClassName.get(String.class)),
        CodeBlock.of(
            "$T.$N($L)",
            RuntimeNames.owner(RuntimeCall.TEXT_CONSTANT),
            RuntimeCall.TEXT_CONSTANT.method(),
            LongStrings.literal(text)));
  }

  /** {@code Logic.constant(true)}. */
  String truth(boolean value) {
    return constant(
        new Key("truth", String.valueOf(value)),
        String.valueOf(value),
        RuntimeNames.TRUTH,
        CodeBlock.of(
            "$T.$N($L)",
            RuntimeNames.owner(RuntimeCall.CONSTANT_TRUTH),
            RuntimeCall.CONSTANT_TRUTH.method(),
            value));
  }

  /** {@code Logic.unknown("the reason")}: unknown for a reason the file states. */
  String unknown(String reason) {
    return constant(
        new Key("unknown", reason),
        "UNKNOWN_" + words(reason),
        RuntimeNames.TRUTH,
        CodeBlock.of(
            "$T.$N($L)",
            RuntimeNames.owner(RuntimeCall.UNKNOWN),
            RuntimeCall.UNKNOWN.method(),
            LongStrings.literal(reason)));
  }

  private String constant(Key key, String suggested, TypeName type, CodeBlock initializer) {
    String name = names.constantFor(key, shorten(suggested));
    if (fields.stream().noneMatch(f -> f.name().equals(name))) {
      fields.add(
          FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("$Z$L", initializer)
              .build());
    }
    return name;
  }

  private static TypeName quantityType() {
    return ParameterizedTypeName.get(RuntimeNames.VALUE, RuntimeNames.QUANTITY);
  }

  private static String shorten(String name) {
    String trimmed = name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
    return trimmed.replaceAll("_+$", "");
  }

  /** {@code 1.5} becomes {@code 1_5}; words of a sentence become their first few, in capitals. */
  static String words(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
    String[] parts = upper.replaceAll("^_+|_+$", "").split("_");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parts.length && i < 6; i++) {
      out.append(i == 0 ? "" : "_").append(parts[i]);
    }
    return out.length() == 0 ? "VALUE" : out.toString();
  }

  /** {@code ng/dL} becomes {@code NG_PER_DL}; {@code 10*9/L} becomes {@code 10E9_PER_L}. */
  static String unitWords(String unit) {
    String spelled =
        unit.replace("/", "_PER_")
            .replace("*", "E")
            .replace("^", "E")
            .replace("%", "PERCENT")
            .replace(".", "_");
    return words(spelled);
  }

  private record Key(String kind, String text) {}
}
