package dev.eligo.benchmarks;

import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.fhir.PatientReadResult;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading {@link McrpcPatient} from its Bundle JSON file with the fhir module: file read (from the
 * page cache), JSON parse, HAPI resource parse, mapping to a record. Compare with
 * {@link ScreenBenchmark#screen()}: same patient, same units.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(BenchmarkSettings.FORKS)
@Warmup(iterations = BenchmarkSettings.WARMUP_ITERATIONS, time = BenchmarkSettings.SECONDS)
@Measurement(iterations = BenchmarkSettings.MEASUREMENT_ITERATIONS, time = BenchmarkSettings.SECONDS)
public class ReadAndMapBenchmark {
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
