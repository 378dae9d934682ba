package dev.eligo.compiler.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Mutants of the sample criteria file (text deleted, repeated, swapped, or replaced by keywords,
 * operators, huge numbers, odd units, separators and control characters): the compiler answers each
 * within two seconds of CPU time without an internal error, and every mutant it accepts compiles in
 * javac. The normal build checks hundreds; {@code mvn verify -Pfuzz} tens of thousands.
 */
class SampleMutationsProperty {
  /** Mutants per try: 8 in the normal build (160 in all), more in the fuzz profile. */
  static final int BATCH = Integer.getInteger("eligo.mutants.batch", 8);

  // "Answered quickly" is the compiler's own work: the CPU time of the thread that compiles, which
  // a loaded machine does not stretch as it stretches wall time (a 2 s wall limit failed at load
  // 37 on two cores). The wall limit stops a hang, including one that spends no CPU (a wait), and
  // is far from anything a busy machine reaches.
  private static final Duration CPU_BUDGET = Duration.ofSeconds(2);
  private static final Duration HANG = Duration.ofSeconds(120);

  private static final Path SAMPLE = Path.of("../examples/mcrpc/src/main/eligo/NCT07298239.eligo");
  private static final String[] PIECES = {
    " and ",
    " or ",
    " not ",
    " if ",
    " then ",
    " else ",
    " exists ",
    " count ",
    " latest ",
    " where ",
    " within ",
    " before screening",
    " at screening",
    " satisfies ",
    " any x in ",
    " in ",
    " is unknown",
    "(",
    ")",
    "{",
    "}",
    ",",
    ".",
    "=",
    "<",
    ">=",
    "+",
    "-",
    "*",
    "/",
    " 7 days",
    " 2147483647 years",
    " 1.5 x ULN",
    " 99999999999999999999",
    " '10*99999999/L'",
    " 'ng/dL'",
    " '[IU]'",
    " 'mmol/L'",
    " @2026-02-30",
    " @2026-01-31",
    "\"",
    "\"text\"",
    "//",
    "/*",
    "*/",
    "\\u002a/",
    "\u2028",
    "\u2029",
    "\uFEFF",
    "\r",
    "\n",
    "\t",
    "\u0000",
    "≥",
    "×",
    "yield",
    "Logic",
    "PSA",
    "ctx",
    "series(psa)",
    "runs(psaSeries, 3)",
    "last(runs(psaSeries, 2))",
    "first(",
    "pairs(",
    "upTo(",
    "courses(",
    "min(",
    " define d = ",
    "\ninclusion Z \"z\" = ",
    "\npart Zp \"p\" = true",
    " valueset v = ",
    " unknown \"r\" for psa",
    " sex is male",
    " age",
    " screening",
    " true",
    " false",
    " unknown"
  };

  // The first compilation in a JVM loads UCUM's tables and ANTLR's automaton: not part of the
  // budget.
  @BeforeContainer
  static void warmUp() throws IOException {
    EligoCompiler.compile(
        new SourceFile("sample.eligo", Files.readString(SAMPLE, StandardCharsets.UTF_8)),
        CompilerOptions.inPackage("dev.eligo.mutants"));
  }

  @Property
  void mutantsAreAnsweredQuicklyAndAcceptedOnesCompile(@ForAll @LongRange(min = 1) long seed)
      throws IOException {
    String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    Random random = new Random(seed);
    List<JavaFile> accepted = new ArrayList<>();
    for (int n = 0; n < BATCH; n++) {
      int i = n;
      String mutant =
          mutate(sample, random)
              .replace("protocol NCT07298239", "protocol M" + Long.toHexString(seed) + "x" + i);
      Timed timed =
          assertTimeoutPreemptively(
              HANG,
              () -> Timed.compile(mutant),
              () -> "the compiler hung (over " + HANG + ") on mutant " + i + " of seed " + seed);
      assertThat(timed.cpu())
          .as("CPU time of the compiler on mutant %d of seed %d", i, seed)
          .isLessThan(CPU_BUDGET);
      CompilationResult result = timed.result();
      if (!result.hasErrors()) {
        accepted.addAll(result.javaFiles());
      }
    }
    if (!accepted.isEmpty()) {
      InMemoryJavaCompiler.Result javac = InMemoryJavaCompiler.compile(accepted);
      assertThat(javac.success())
          .as("javac on accepted mutants of seed %d:%n%s", seed, javac.describe())
          .isTrue();
    }
  }

  /** A compilation and the CPU time its thread spent on it (zero where the JVM cannot say). */
  private record Timed(CompilationResult result, Duration cpu) {
    static Timed compile(String mutant) {
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      boolean measured = threads.isCurrentThreadCpuTimeSupported();
      long start = measured ? threads.getCurrentThreadCpuTime() : 0;
      CompilationResult result =
          EligoCompiler.compile(
              new SourceFile("mutant.eligo", mutant),
              CompilerOptions.inPackage("dev.eligo.mutants"));
      long end = measured ? threads.getCurrentThreadCpuTime() : 0;
      return new Timed(result, Duration.ofNanos(end - start));
    }
  }

  static String mutate(String text, Random random) {
    StringBuilder mutant = new StringBuilder(text);
    int operations = 1 + random.nextInt(3);
    for (int i = 0; i < operations; i++) {
      int at = random.nextInt(mutant.length());
      switch (random.nextInt(5)) {
        case 0:
          mutant.delete(at, Math.min(mutant.length(), at + 1 + random.nextInt(20)));
          break;
        case 1:
          mutant.insert(at, PIECES[random.nextInt(PIECES.length)]);
          break;
        case 2:
          int end = Math.min(mutant.length(), at + 1 + random.nextInt(40));
          mutant.insert(end, mutant.substring(at, end));
          break;
        case 3:
          mutant.setCharAt(at, (char) random.nextInt(0x3000));
          break;
        default:
          int other = random.nextInt(mutant.length());
          int a = Math.min(at, other);
          int b = Math.max(at, other);
          int length = Math.min(10, mutant.length() - b);
          String first = mutant.substring(a, a + Math.min(length, b - a));
          String second = mutant.substring(b, b + length);
          mutant.replace(b, b + length, first);
          mutant.replace(a, a + first.length(), second);
      }
    }
    return mutant.toString();
  }
}
