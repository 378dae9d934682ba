package dev.eligo.compiler.generate;

import dev.eligo.compiler.check.RuntimeCall;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java names for what the criteria file names, for the members of one evaluator class. Author names
 * may be Java keywords, restricted identifiers ({@code yield}), the simple name of a class the
 * evaluator uses ({@code Logic}) or collide once re-cased ({@code psaSeries} and {@code
 * PSASeries}); each gets a legal, distinct name, with a number when it must differ.
 */
final class JavaNames {
  /** Names Java gives a meaning of its own in some places. */
  private static final Set<String> RESTRICTED =
      Set.of("var", "yield", "record", "sealed", "permits", "_");

  /**
   * Simple names of the classes generated code refers to: a variable of that name would hide them.
   */
  static final Set<String> TYPE_NAMES = typeNames();

  private final Set<String> taken = new HashSet<>();
  private final Map<Object, String> byDeclaration = new IdentityHashMap<>();
  private final Map<Object, String> byKey = new HashMap<>();

  JavaNames() {
    taken.addAll(TYPE_NAMES);
    taken.addAll(Set.of("protocol", "screen", "PROTOCOL", "ctx", "MEMO_SLOTS", "CODE_SYSTEMS"));
  }

  private static Set<String> typeNames() {
    Set<String> names =
        new HashSet<>(
            Set.of(
                "List",
                "BigDecimal",
                "LocalDate",
                "ChronoUnit",
                "Override",
                "String",
                "Object",
                "Integer",
                "Boolean",
                "Math",
                "System",
                "Supplier",
                "Function"));
    for (RuntimeCall call : RuntimeCall.values()) {
      names.add(call.owner());
    }
    for (var name :
        new com.palantir.javapoet.ClassName[] {
          RuntimeNames.PROTOCOL_EVALUATOR,
          RuntimeNames.TRUTH,
          RuntimeNames.EVALUATION,
          RuntimeNames.VALUE,
          RuntimeNames.ITEMS,
          RuntimeNames.CODES,
          RuntimeNames.POINT,
          RuntimeNames.PAIR,
          RuntimeNames.COURSE,
          RuntimeNames.CODE_SYSTEM_REF,
          RuntimeNames.CODE_MATCH,
          RuntimeNames.VALUE_SET,
          RuntimeNames.OBSERVATION_CONCEPT,
          RuntimeNames.RECORD_CONCEPT,
          RuntimeNames.ATTESTATION_CONCEPT,
          RuntimeNames.PARTICIPATION_CONCEPT,
          RuntimeNames.QUANTITY,
          RuntimeNames.COMPARISON_OP,
          RuntimeNames.CALENDAR_DURATION,
          RuntimeNames.ELAPSED,
          RuntimeNames.PATIENT_RECORD,
          RuntimeNames.OBSERVATION,
          RuntimeNames.CONDITION,
          RuntimeNames.MEDICATION_USE,
          RuntimeNames.PROCEDURE,
          RuntimeNames.ALLERGY,
          RuntimeNames.RESEARCH_PARTICIPATION,
          RuntimeNames.SPECIMEN,
          RuntimeNames.ENCOUNTER,
          RuntimeNames.DIAGNOSTIC_REPORT,
          RuntimeNames.IMAGING_STUDY,
          RuntimeNames.IMMUNIZATION,
          RuntimeNames.WORDS,
          RuntimeNames.SEX,
          RuntimeNames.CRITERION_INFO,
          RuntimeNames.CRITERION_KIND,
          RuntimeNames.CRITERION_RESULT,
          RuntimeNames.PROTOCOL_INFO,
          RuntimeNames.SCREENING_RESULT,
          RuntimeNames.INPUT_CONCEPT,
          RuntimeNames.SCREENING
        }) {
      names.add(name.simpleName());
    }
    return Set.copyOf(names);
  }

  /** A constant for a declaration or literal: {@code psaSeries} becomes {@code PSA_SERIES}. */
  String constant(Object declaration, String name) {
    return remember(declaration, unique(upperSnake(name)));
  }

  /** A constant shared by every equal key (the same literal written twice is one constant). */
  String constantFor(Object key, String name) {
    String existing = byKey.get(key);
    if (existing != null) {
      return existing;
    }
    String allocated = unique(upperSnake(name));
    byKey.put(key, allocated);
    return allocated;
  }

  /** A method for a definition, criterion or part. */
  String method(Object declaration, String name) {
    return remember(declaration, unique(lowerCamel(name)));
  }

  /** Gives a declaration the name another already has (two that generate the same method). */
  void alias(Object declaration, String name) {
    byDeclaration.put(declaration, name);
  }

  /** The name given earlier to a declaration, or to a key of {@link #constantFor}. */
  String of(Object declaration) {
    String name =
        byDeclaration.containsKey(declaration)
            ? byDeclaration.get(declaration)
            : byKey.get(declaration);
    if (name == null) {
      throw new IllegalStateException("no Java name was given to " + declaration);
    }
    return name;
  }

  /** Every member name given so far: local variables must not hide them. */
  Set<String> taken() {
    return Set.copyOf(taken);
  }

  private String remember(Object declaration, String name) {
    byDeclaration.put(declaration, name);
    return name;
  }

  private String unique(String base) {
    String name = legal(base);
    for (int n = 2; taken.contains(name); n++) {
      name = legal(base) + n;
    }
    taken.add(name);
    return name;
  }

  /** The name made a legal Java identifier that means nothing else. */
  static String legal(String name) {
    String candidate = name.isEmpty() ? "unnamed" : name;
    if (!SourceVersion.isIdentifier(candidate)
        || SourceVersion.isKeyword(candidate)
        || RESTRICTED.contains(candidate)) {
      candidate = candidate + "2";
    }
    return candidate;
  }

  static String upperSnake(String name) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      // psaSeries -> PSA_SERIES, hepatitisBCodes -> HEPATITIS_B_CODES
      boolean afterLower =
          i > 0
              && Character.isUpperCase(c)
              && !Character.isUpperCase(name.charAt(i - 1))
              && name.charAt(i - 1) != '_';
      boolean beforeLower =
          i > 0
              && i + 1 < name.length()
              && Character.isUpperCase(c)
              && Character.isUpperCase(name.charAt(i - 1))
              && Character.isLowerCase(name.charAt(i + 1));
      if (afterLower || beforeLower) {
        out.append('_');
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString().toUpperCase(Locale.ROOT);
  }

  static String lowerCamel(String name) {
    return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }
}
