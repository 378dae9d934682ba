package dev.eligo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.cli.load.ProtocolLoader;
import dev.eligo.cli.screen.PatientOutcome;
import dev.eligo.cli.screen.Screening;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.ProtocolEvaluator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Damages the sample Bundles at random (see {@link Mutation}) and screens each mutant as the CLI
 * does. For every mutant: no exception, no hang, and either the verdict is the undamaged one or the
 * patient's row says what could not be read or used (or the input is an ERROR row). Tries: {@code
 * jqwik.tries.default} in junit-platform.properties; the {@code mutants} profile runs more.
 */
class MutantPropertyTest {
  private static final LocalDate AS_OF = LocalDate.parse(Cli.AS_OF);
  private static final Duration NO_HANG = Duration.ofSeconds(20);
  private static final ProtocolEvaluator EVALUATOR = load();
  private static final Screening SCREENING =
      new Screening(EVALUATOR, AS_OF, dev.eligo.fhir.ReadLimits.forHeap(), Duration.ofSeconds(10));
  private static final List<Sample> SAMPLES = samples();

  /** A sample Bundle and the verdict it gets undamaged. */
  record Sample(String name, byte[] bytes, String verdict) {}

  @Property
  void mutant_neverChangesAVerdictWithoutSaying(
      @ForAll @IntRange(min = 0, max = 26) int sample,
      @ForAll Mutation mutation,
      @ForAll long seed) {
    Sample original = SAMPLES.get(sample % SAMPLES.size());
    Mutation.Mutant mutant = mutation.apply(original.bytes(), new Random(seed));
    long start = System.nanoTime();
    PatientOutcome outcome =
        SCREENING.screen(PatientSources.bundleJson(original.name(), mutant.bytes()));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    String what = original.name() + " with " + mutant.description();
    assertThat(took).as("time to screen %s", what).isLessThan(NO_HANG);
    if (outcome instanceof PatientOutcome.Failed failed) {
      // Damaged data is an ERROR row that says what is wrong, never a defect of Eligo's own.
      assertThat(failed.message()).as("the ERROR row of %s", what).doesNotContain("internal error");
    }
    if (outcome instanceof PatientOutcome.Screened screened && screened.problems().isEmpty()) {
      assertThat(screened.verdict())
          .as("verdict of %s, whose row names no problem", what)
          .isEqualTo(original.verdict());
    }
  }

  private static ProtocolEvaluator load() {
    try {
      return ProtocolLoader.load(Cli.PROTOCOL, new PrintWriter(new StringWriter()));
    } catch (dev.eligo.cli.load.EvaluatorLoadException e) {
      throw new AssertionError(e.getMessage());
    }
  }

  private static List<Sample> samples() {
    try (Stream<Path> files = Files.list(Cli.PATIENTS)) {
      List<Sample> samples = new ArrayList<>();
      for (Path file :
          files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        byte[] bytes = Files.readAllBytes(file);
        PatientOutcome outcome =
            SCREENING.screen(PatientSources.bundleJson(file.getFileName().toString(), bytes));
        assertThat(outcome).isInstanceOf(PatientOutcome.Screened.class);
        samples.add(new Sample(file.getFileName().toString(), bytes, outcome.verdict()));
      }
      return samples;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
