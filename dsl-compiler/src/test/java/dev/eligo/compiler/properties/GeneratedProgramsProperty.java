package dev.eligo.compiler.properties;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.eligo.compiler.CompilationResult;
import dev.eligo.compiler.CompilerOptions;
import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.check.FieldDeclaration;
import dev.eligo.compiler.check.FunctionDeclaration;
import dev.eligo.compiler.check.LanguageTable;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.testing.InMemoryJavaCompiler;
import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * Random well-typed criteria files, written from the grammar and the declaration table, go through
 * the whole way: the Eligo compiler accepts them (with no internal error), javac compiles every
 * generated class without a warning, and each evaluator screens patients without throwing. Each try
 * compiles a batch of programs in one javac run: 2,000 programs in the normal build, more with
 * {@code mvn verify -Pfuzz}.
 */
class GeneratedProgramsProperty {
  /** Programs per try: javac compiles them together. */
  static final int BATCH = Integer.getInteger("eligo.programs.batch", 100);

  private static final LocalDate SCREENING = LocalDate.of(2026, 11, 24);

  // Tries: jqwik.tries.default in junit-platform.properties (20 batches); the fuzz profile raises
  // it.
  @Property
  void everyAcceptedProgramCompilesAndScreens(@ForAll @LongRange(min = 1) long seed)
      throws Exception {
    ProgramGenerator generator = new ProgramGenerator(seed, 3);
    List<JavaFile> classes = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    List<String> rejected = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      String id = "P" + Long.toHexString(seed) + "x" + i;
      String program = generator.program(id);
      CompilationResult result = compile(id, program);
      if (result.hasErrors()) {
        rejected.add(program + "\n" + result.errors());
      } else {
        classes.addAll(result.javaFiles());
        sources.add(program);
      }
    }
    assertThat(rejected.size())
        .as(
            "programs the checker refused (the generator writes well-typed ones):\n%s",
            rejected.isEmpty() ? "" : rejected.get(0))
        .isLessThanOrEqualTo(BATCH / 20);

    InMemoryJavaCompiler.Result javac = InMemoryJavaCompiler.compile(classes);
    assertThat(javac.success())
        .as(
            "javac:\n%s\nthe first program javac refused:\n%s",
            javac.describe(), refusedProgram(javac.describe(), sources))
        .isTrue();
    assertThat(javac.diagnostics()).as(javac.describe()).isEmpty();

    for (JavaFile file : classes) {
      ProtocolEvaluator evaluator =
          (ProtocolEvaluator)
              javac
                  .classLoader()
                  .loadClass(file.packageName() + "." + file.typeSpec().name())
                  .getDeclaredConstructor()
                  .newInstance();
      for (var patient : GeneratedPatients.all()) {
        ScreeningResult result =
            evaluator.screen(patient, screening(patient.id().hashCode() ^ seed));
        assertThat(result.criteria()).isNotEmpty();
        assertThat(result.explain()).isNotEmpty();
      }
    }
  }

  /** The source of the first program whose class javac names in its errors. */
  private static String refusedProgram(String javacErrors, List<String> sources) {
    for (String source : sources) {
      String id = source.substring("protocol ".length(), source.indexOf('\n'));
      if (javacErrors.contains("/" + id + "Evaluator.java")) {
        return source;
      }
    }
    return sources.get(0);
  }

  /** A screening giving the dictionary's inputs, each sometimes as undecided. */
  private static Screening screening(long seed) {
    java.util.Random random = new java.util.Random(seed);
    return Screening.on(SCREENING)
        .with(
            "consentDate",
            random.nextInt(4) == 0 ? "unknown" : "2026-11-0" + (1 + random.nextInt(9)))
        .with("arm", random.nextInt(4) == 0 ? "unknown" : random.nextBoolean() ? "A" : "C")
        .with("level", random.nextInt(4) == 0 ? "unknown" : String.valueOf(random.nextInt(5)))
        .with("fit", random.nextInt(4) == 0 ? "unknown" : String.valueOf(random.nextBoolean()));
  }

  @Property(tries = 1)
  void programsReachEveryFunctionFieldAndOperator(@ForAll @LongRange(min = 1) long seed) {
    ProgramGenerator generator = new ProgramGenerator(seed, 4);
    int rejected = 0;
    for (int i = 0; i < 1_500; i++) {
      String id = "C" + i;
      if (compile(id, generator.program(id)).hasErrors()) {
        rejected++;
      }
    }
    assertThat(missingConstructs(generator.used()))
        .as("constructs no generated program used")
        .isEmpty();
    assertThat(rejected).as("programs the checker refused").isLessThanOrEqualTo(75);
  }

  /** The functions, fields, constructs and operators the programs that used these never reached. */
  static Set<String> missingConstructs(Set<String> used) {
    Set<String> missing = new LinkedHashSet<>();
    for (FunctionDeclaration function : LanguageTable.FUNCTIONS) {
      if (!used.contains(function.name())) {
        missing.add("function " + function.name());
      }
    }
    for (FieldDeclaration field : LanguageTable.FIELDS) {
      if (!used.contains("field " + field.name())) {
        missing.add("field " + field.name());
      }
    }
    for (String construct :
        List.of(
            "exists",
            "count",
            "latest",
            "earliest",
            "within",
            "at screening",
            "where",
            "any",
            "all",
            "count where",
            "sum over a list",
            "sum",
            "product",
            "quotient",
            "negation",
            "if truth",
            "if list",
            "if single",
            "if quantity",
            "if date",
            "if codes",
            "ULN comparison",
            "ULN chosen by if",
            "duration comparison",
            "mirrored duration comparison",
            "mirrored observation comparison",
            "date comparison",
            "date difference",
            "date plus",
            "date minus",
            "in",
            "inline range",
            "is unknown",
            "sex",
            "attestation",
            "unknown for",
            "one list that may be unknown",
            "molar mass conversion",
            "unit factor conversion",
            "part",
            "constant definition",
            "anchored window",
            "during",
            "age at",
            "number from time",
            "quantity in a unit",
            "let",
            "parameterised definition",
            "truth input",
            "code input",
            "number input",
            "date input",
            "operator <",
            "operator <=",
            "operator >",
            "operator >=",
            "operator =",
            "operator !=")) {
      if (!used.contains(construct)) {
        missing.add(construct);
      }
    }
    return missing;
  }

  private static CompilationResult compile(String id, String program) {
    return EligoCompiler.compile(
        new SourceFile(id + ".eligo", program), CompilerOptions.inPackage("dev.eligo.generated"));
  }
}
