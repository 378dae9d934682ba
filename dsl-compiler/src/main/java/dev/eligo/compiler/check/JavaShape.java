package dev.eligo.compiler.check;

/**
 * The Java types that generated code passes to the runtime and receives from it. Each {@link
 * RuntimeCall} states its signature in these shapes; a test checks every one against the runtime's
 * real methods, so a call the generator emits always exists.
 */
public enum JavaShape {
  /** {@code dev.eligo.runtime.result.Truth}. */
  TRUTH("dev.eligo.runtime.result.Truth"),
  /** {@code Truth...}. */
  TRUTHS("[Ldev.eligo.runtime.result.Truth;"),
  /** {@code dev.eligo.runtime.internal.eval.Value<T>}: one value, maybe unknown. */
  VALUE("dev.eligo.runtime.internal.eval.Value"),
  /** {@code dev.eligo.runtime.internal.eval.Items<T>}: a list with three-valued membership. */
  LIST("dev.eligo.runtime.internal.eval.Items"),
  /** {@code Items<?>...}. */
  LISTS("[Ldev.eligo.runtime.internal.eval.Items;"),
  /** A duration written in the criteria file. */
  CALENDAR_DURATION("dev.eligo.runtime.internal.time.CalendarDuration"),
  /** A decimal written in the criteria file (a multiple of ULN). */
  DECIMAL("java.math.BigDecimal"),
  /** The evaluation of one patient ({@code ctx}). */
  CONTEXT("dev.eligo.runtime.internal.eval.Evaluation"),
  COMPARISON_OP("dev.eligo.runtime.internal.quantity.ComparisonOp"),
  VALUE_SET("dev.eligo.runtime.internal.eval.ValueSet"),
  OBSERVATION_CONCEPT("dev.eligo.runtime.internal.eval.ObservationConcept"),
  RECORD_CONCEPT("dev.eligo.runtime.internal.eval.RecordConcept"),
  ATTESTATION_CONCEPT("dev.eligo.runtime.internal.eval.AttestationConcept"),
  PARTICIPATION_CONCEPT("dev.eligo.runtime.internal.eval.ParticipationConcept"),
  INPUT_CONCEPT("dev.eligo.runtime.internal.eval.InputConcept"),
  SEX("dev.eligo.runtime.record.Sex"),
  /** A Java {@code int} written in the criteria file (the length of a run). */
  WHOLE_NUMBER("int"),
  /** A Java {@code String}: a reason or a description written for explanations. */
  TEXT("java.lang.String"),
  /** {@code Supplier<...>}: a branch evaluated only when chosen. */
  SUPPLIER("java.util.function.Supplier"),
  /** {@code Function<T, R>}: an operation applied to a value once it is known. */
  FUNCTION("java.util.function.Function"),
  /** A Java {@code long}: the amount of a written duration. */
  LONG("long"),
  /** A Java {@code boolean} written in the file. */
  BOOLEAN("boolean"),
  /** Anything: what a memo slot holds. */
  OBJECT("java.lang.Object"),
  /** A {@code java.time.temporal.ChronoUnit}: the unit of a written duration. */
  CHRONO_UNIT("java.time.temporal.ChronoUnit");

  private final String javaName;

  JavaShape(String javaName) {
    this.javaName = javaName;
  }

  /** The erased Java type, as {@link Class#getName()} spells it. */
  public String javaName() {
    return javaName;
  }
}
