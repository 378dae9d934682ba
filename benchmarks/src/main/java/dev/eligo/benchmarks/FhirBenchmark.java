package dev.eligo.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.eligo.examples.mcrpc.NCT07298239Evaluator;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.result.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading FHIR, per patient, on the same bytes in memory: Jackson only tokenizing them (the speed
 * of the JSON itself), Eligo reading and mapping them to a record, and Eligo end to end (read, map
 * and screen). One operation is one patient of the input, the patients taken in turn.
 */
@State(Scope.Benchmark)
public class FhirBenchmark extends BenchmarkSettings {
  private static final JsonFactory JSON = new JsonFactory();

  @Param({BenchmarkInputs.SAMPLES, BenchmarkInputs.SYNTHEA})
  public String input;

  private final ProtocolEvaluator evaluator = new NCT07298239Evaluator();
  private Patients patients;

  /** Loads the input's Bundles and fails unless each maps. */
  @Setup
  public void setUp() {
    patients = new Patients(input);
    patients.bundles().forEach(Patients::record);
  }

  /** Jackson's streaming parser reading every token of the Bundle and nothing more. */
  @Benchmark
  public int jacksonTokens() {
    BenchmarkInputs.Bundle bundle = patients.next();
    try (JsonParser parser = JSON.createParser(bundle.json())) {
      int tokens = 0;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        tokens += token.id();
      }
      return tokens;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes to a {@code PatientRecord}, as every patient source reads a Bundle. */
  @Benchmark
  public PatientReadResult readAndMap() {
    BenchmarkInputs.Bundle bundle = patients.next();
    return PatientSources.bundleJson(bundle.name(), bundle.json());
  }

  /** Bytes to a verdict: read, map and screen. */
  @Benchmark
  public Verdict endToEnd() {
    BenchmarkInputs.Bundle bundle = patients.next();
    return evaluator.screen(Patients.record(bundle), McrpcPatient.SCREENING_DATE).verdict();
  }
}
