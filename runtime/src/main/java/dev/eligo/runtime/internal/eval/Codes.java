package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import dev.eligo.runtime.result.Truth;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** The codings of one field of a record: a condition's code, a route, a coded result, reasons. */
public final class Codes {
  private final List<Coding> codings;

  private Codes(List<Coding> codings) {
    this.codings = List.copyOf(codings);
  }

  public static Codes of(List<Coding> codings) {
    return new Codes(codings);
  }

  public static Codes of(Coding... codings) {
    return new Codes(List.of(codings));
  }

  public List<Coding> codings() {
    return codings;
  }

  public boolean isEmpty() {
    return codings.isEmpty();
  }

  /**
   * Whether the codes are in the value set: true when any coding is; unknown when there are no
   * codes, or when none is in a system the value set uses (the record cannot be classified); false
   * otherwise.
   */
  public static Truth in(Value<Codes> codes, ValueSet valueSet) {
    Supplier<String> statement = () -> codes.describe() + " in " + valueSet;
    if (!codes.isKnown()) {
      return Truth.unknown(statement, codes.missing(), codes.evidence());
    }
    List<Coding> codings = codes.get().codings;
    if (codings.isEmpty()) {
      return Truth.unknown(
          () -> statement.get() + " (no code recorded)", codes.missing(), codes.evidence());
    }
    if (valueSet.containsAny(codings)) {
      return Truth.of(true, statement, codes.evidence());
    }
    if (!valueSet.classifies(codings)) {
      return Truth.unknown(
          () ->
              statement.get()
                  + " (coded only in systems it does not use: "
                  + Show.codings(codings)
                  + ")",
          List.of(),
          codes.evidence());
    }
    return Truth.of(false, statement, codes.evidence());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Codes && codings.equals(((Codes) o).codings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(codings);
  }

  @Override
  public String toString() {
    return codings.isEmpty() ? "no code" : Show.codings(codings);
  }
}
