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
 * within two seconds without an internal error, and every mutant it accepts compiles in javac. The
 * normal build checks hundreds; {@code mvn verify -Pfuzz} tens of thousands.
 */
class SampleMutationsProperty {
  /** Mutants per try: 8 in the normal build (160 in all), more in the fuzz profile. */
  static final int BATCH = Integer.getInteger("eligo.mutants.batch", 8);

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
      CompilationResult result =
          assertTimeoutPreemptively(
              Duration.ofSeconds(2),
              () ->
                  EligoCompiler.compile(
                      new SourceFile("mutant.eligo", mutant),
                      CompilerOptions.inPackage("dev.eligo.mutants")),
              () -> "the compiler took over 2 s on mutant " + i + " of seed " + seed);
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
