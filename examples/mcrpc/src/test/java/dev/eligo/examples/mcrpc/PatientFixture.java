package dev.eligo.examples.mcrpc;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.Sex;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A test patient as a set of facts by slot. Each method returns a changed copy, so a case reads as
 * the baseline and the one or two facts it changes: {@code eligible().with(anc("1.5",
 * "10*9/L").on(daysBefore(3)))}.
 */
final class PatientFixture {
  private final LocalDate birthDate;
  private final Sex sex;
  private final Map<String, List<Fact>> slots;

  PatientFixture(LocalDate birthDate, Sex sex) {
    this(birthDate, sex, new LinkedHashMap<>());
  }

  private PatientFixture(LocalDate birthDate, Sex sex, Map<String, List<Fact>> slots) {
    this.birthDate = birthDate;
    this.sex = sex;
    this.slots = slots;
  }

  /** The patient with these facts instead of whatever their slots held. */
  PatientFixture with(Fact... facts) {
    Map<String, List<Fact>> changed = copy();
    Set<String> replaced = new HashSet<>();
    for (Fact fact : facts) {
      if (replaced.add(fact.slot())) {
        changed.put(fact.slot(), new ArrayList<>());
      }
      changed.get(fact.slot()).add(fact);
    }
    return new PatientFixture(birthDate, sex, changed);
  }

  /** The patient with these facts in addition to those already in their slots. */
  PatientFixture plus(Fact... facts) {
    Map<String, List<Fact>> changed = copy();
    for (Fact fact : facts) {
      changed.computeIfAbsent(fact.slot(), s -> new ArrayList<>()).add(fact);
    }
    return new PatientFixture(birthDate, sex, changed);
  }

  /** The patient without any fact in these slots; an unknown slot is a mistake in the test. */
  PatientFixture without(String... slotNames) {
    Map<String, List<Fact>> changed = copy();
    for (String slot : slotNames) {
      if (changed.remove(slot) == null) {
        throw new IllegalArgumentException("no slot '" + slot + "' in " + changed.keySet());
      }
    }
    return new PatientFixture(birthDate, sex, changed);
  }

  PatientFixture bornOn(LocalDate date) {
    return new PatientFixture(date, sex, copy());
  }

  PatientFixture sex(Sex newSex) {
    return new PatientFixture(birthDate, newSex, copy());
  }

  /** The record, each fact under its own id or its slot's name numbered from the second on. */
  PatientRecord build(String patientId) {
    PatientRecord.Builder record = PatientRecord.builder(patientId).birthDate(birthDate).sex(sex);
    Set<String> ids = new HashSet<>();
    for (List<Fact> facts : slots.values()) {
      for (Fact fact : facts) {
        String base = fact.preferredId() != null ? fact.preferredId() : fact.slot();
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
          id = base + "-" + n;
        }
        fact.addTo(record, id);
      }
    }
    return record.build();
  }

  @Override
  public String toString() {
    return "patient born " + birthDate + ", " + sex + ", " + slots.keySet();
  }

  private Map<String, List<Fact>> copy() {
    Map<String, List<Fact>> copy = new LinkedHashMap<>();
    slots.forEach((slot, facts) -> copy.put(slot, new ArrayList<>(facts)));
    return copy;
  }
}
