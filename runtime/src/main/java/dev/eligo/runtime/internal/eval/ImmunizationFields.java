package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Immunization;
import dev.eligo.runtime.record.ImmunizationStatus;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Missing;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** The fields of an immunization, as generated code reads them. */
public final class ImmunizationFields {
  private ImmunizationFields() {}

  public static Value<Codes> immunizationCode(Value<Immunization> immunization) {
    return immunization.flatMap(i -> FieldReads.codes(i.codes(), i.ref(), "vaccine code"));
  }

  public static Value<LocalDate> immunizationDate(Value<Immunization> immunization) {
    return immunization.flatMap(i -> FieldReads.day(i.occurred(), i.ref(), "date given"));
  }

  public static Value<Words> immunizationStatus(Value<Immunization> immunization) {
    return immunization.flatMap(
        i ->
            FieldReads.word(
                i.status() == ImmunizationStatus.UNKNOWN ? null : i.status().code(),
                i.ref(),
                "status"));
  }

  public static Value<Codes> immunizationStatusReason(Value<Immunization> immunization) {
    return immunization.flatMap(i -> FieldReads.codes(i.statusReasons(), i.ref(), "status reason"));
  }

  /** Whether whoever gave the vaccine made the record; unknown when the record does not say. */
  public static Truth immunizationPrimarySource(Value<Immunization> immunization) {
    if (!immunization.isKnown()) {
      return Truth.unknown(immunization::describe, immunization.missing(), immunization.evidence());
    }
    Immunization i = immunization.get();
    Boolean primary = i.primarySource();
    Supplier<String> statement =
        () ->
            "recorded by whoever gave it: "
                + Show.of(i)
                + (primary == null ? ", not said" : primary ? ", yes" : ", no (reported)");
    Evidence used = immunization.evidence().and(Evidence.used(i.ref()));
    if (primary == null) {
      return Truth.unknown(
          statement, List.of(new Missing("primary source of " + i.ref(), "")), used);
    }
    return Truth.of(primary, statement, used);
  }
}
