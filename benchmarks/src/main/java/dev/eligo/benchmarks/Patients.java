package dev.eligo.benchmarks;

import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.record.PatientRecord;
import java.util.List;

/** The patients of a benchmark input, taken in turn: one benchmark operation is one patient. */
final class Patients {
  private final List<BenchmarkInputs.Bundle> bundles;
  private int next;

  Patients(String input) {
    this.bundles = BenchmarkInputs.load(input);
  }

  List<BenchmarkInputs.Bundle> bundles() {
    return bundles;
  }

  /** The next Bundle, round and round. */
  BenchmarkInputs.Bundle next() {
    BenchmarkInputs.Bundle bundle = bundles.get(next);
    next = next + 1 == bundles.size() ? 0 : next + 1;
    return bundle;
  }

  /** Reads and maps one Bundle; fails unless it maps. */
  static PatientRecord record(BenchmarkInputs.Bundle bundle) {
    PatientReadResult read = PatientSources.bundleJson(bundle.name(), bundle.json());
    if (!(read instanceof MappedPatient)) {
      throw new IllegalStateException(
          "the benchmark Bundle " + bundle.name() + " does not map: " + read);
    }
    return ((MappedPatient) read).record();
  }
}
