package dev.eligo.benchmarks;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.fhir.PatientReadResult;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading {@link McrpcPatient} from its Bundle JSON file with the fhir module: file read (from the
 * page cache), JSON parse, HAPI resource parse, mapping to a record. Compare with {@link
 * ScreenBenchmark#screen()}: same patient, same units.
 */
@State(Scope.Benchmark)
public class ReadAndMapBenchmark extends BenchmarkSettings {
  private Path bundle;

  /** Writes the Bundle to a temporary file and checks that it maps to the screened patient. */
  @Setup
  public void setUp() {
    bundle = SamePatient.bundleFile();
    SamePatient.check(new NCT07298239Evaluator(), bundle);
  }

  /** Opens, parses and maps the Bundle file through {@code PatientSources}. */
  @Benchmark
  public PatientReadResult readAndMap() {
    return SamePatient.read(bundle);
  }
}
