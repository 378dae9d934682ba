package dev.eligo.authoring.examples;

import dev.eligo.authoring.ProtocolCodes;
import dev.eligo.authoring.examples.ExamplesFile.Birth;
import dev.eligo.authoring.examples.ExamplesFile.Clause;
import dev.eligo.authoring.examples.ExamplesFile.Coded;
import dev.eligo.authoring.examples.ExamplesFile.CodedValue;
import dev.eligo.authoring.examples.ExamplesFile.Codes;
import dev.eligo.authoring.examples.ExamplesFile.Example;
import dev.eligo.authoring.examples.ExamplesFile.Expectation;
import dev.eligo.authoring.examples.ExamplesFile.Fact;
import dev.eligo.authoring.examples.ExamplesFile.InputValue;
import dev.eligo.authoring.examples.ExamplesFile.Line;
import dev.eligo.authoring.examples.ExamplesFile.OutcomeExpectation;
import dev.eligo.authoring.examples.ExamplesFile.Removal;
import dev.eligo.authoring.examples.ExamplesFile.SexLine;
import dev.eligo.authoring.examples.ExamplesFile.VerdictExpectation;
import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Declaration;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.fhir.MappedPatient;
import dev.eligo.fhir.PatientReadError;
import dev.eligo.fhir.PatientReadResult;
import dev.eligo.fhir.PatientSource;
import dev.eligo.fhir.PatientSources;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.record.RecordDate;
import dev.eligo.runtime.record.Sex;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an examples file against the criteria file it is for and makes each example's patient
 * record: names resolve to the criteria file's data declarations, code systems, value sets and
 * criteria; {@code like} examples start from their base's facts; Bundle examples are read with the
 * FHIR reader. Every problem is a diagnostic with its place; nothing is thrown for anything in a
 * file.
 */
public final class ExampleCompiler {
  private final CheckedFile criteria;
  private final DiagnosticSink sink;
  private final ProtocolCodes codes;
  private final RecordMaker maker;
  private final Path directory;
  private final Map<String, DataDeclaration> data = new HashMap<>();
  private final Map<String, DataDeclaration.InputDeclaration> inputs = new LinkedHashMap<>();
  private final Map<String, Declaration> declarations = new HashMap<>();
  private final Map<String, Criterion> topLevel = new LinkedHashMap<>();
  private final Map<String, Criterion.Part> parts = new HashMap<>();
  private final Map<Fact, RecordMaker.Made> made = new IdentityHashMap<>();

  private ExampleCompiler(CheckedFile criteria, DiagnosticSink sink, Path directory) {
    this.criteria = criteria;
    this.sink = sink;
    this.codes = new ProtocolCodes(criteria);
    this.maker = new RecordMaker(codes, sink);
    this.directory = directory;
    for (Declaration d : criteria.ast().declarations()) {
      declarations.put(d.name().text(), d);
      if (d instanceof DataDeclaration.InputDeclaration input) {
        inputs.put(d.name().text(), input);
      } else if (d instanceof DataDeclaration declaration) {
        data.put(d.name().text(), declaration);
      }
      if (d instanceof Criterion criterion) {
        topLevel.put(d.name().text(), criterion);
        criterion.parts().forEach(p -> parts.put(p.name().text(), p));
      }
    }
  }

  /**
   * Compiles an examples file.
   *
   * @param criteria the checked criteria file the examples are for
   * @param directory where Bundle paths are resolved from: the examples file's directory
   */
  public static CompiledExamples compile(
      SourceFile examples, CheckedFile criteria, Path directory) {
    DiagnosticSink sink = new DiagnosticSink(examples);
    ExamplesFile file = ExamplesParser.parse(sink);
    if (file == null || sink.hasErrors()) {
      return new CompiledExamples(sink.diagnostics(), List.of());
    }
    List<CompiledExample> compiled = new ExampleCompiler(criteria, sink, directory).compile(file);
    return new CompiledExamples(sink.diagnostics(), sink.hasErrors() ? List.of() : compiled);
  }

  private List<CompiledExample> compile(ExamplesFile file) {
    String protocolId = criteria.ast().header().protocolId();
    if (!file.protocol().text().equals(protocolId)) {
      sink.report(
          DiagnosticCode.EXAMPLES_OF_ANOTHER_PROTOCOL,
          file.protocol().span(),
          "these examples are for "
              + file.protocol().text()
              + ", but the criteria file is protocol "
              + protocolId);
    }
    Map<String, Example> named = new LinkedHashMap<>();
    for (Example example : file.examples()) {
      if (example.name() != null && named.putIfAbsent(example.name().text(), example) != null) {
        sink.report(
            DiagnosticCode.DUPLICATE_NAME,
            example.name().span(),
            "an example named '"
                + example.name().text()
                + "' is already declared at line "
                + named.get(example.name().text()).span().line());
      }
    }
    for (Example example : file.examples()) {
      check(example, named);
    }
    if (file.examples().isEmpty()) {
      sink.report(
          DiagnosticCode.EXAMPLE_EXPECTATION, file.protocol().span(), "the file has no examples");
    }
    if (sink.hasErrors()) {
      return List.of();
    }
    List<CompiledExample> compiled = new ArrayList<>();
    int index = 0;
    for (Example example : file.examples()) {
      index++;
      CompiledExample one = assemble(example, index, file, named);
      if (one != null) {
        compiled.add(one);
      }
    }
    return compiled;
  }

  // ---- checks of one example's own lines ------------------------------------------------------

  private void check(Example example, Map<String, Example> named) {
    if (example.base() != null) {
      Example base = named.get(example.base().text());
      if (base == null) {
        sink.report(
            DiagnosticCode.UNKNOWN_NAME,
            example.base().span(),
            "no example is named '"
                + example.base().text()
                + "'"
                + Names.didYouMean(example.base().text(), named.keySet()));
      } else if (base.bundle() != null) {
        sink.report(
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            example.base().span(),
            "'"
                + example.base().text()
                + "' is read from a Bundle; an example can start only from an example written as facts");
      } else if (cycle(example, named)) {
        sink.report(
            DiagnosticCode.RECURSIVE_DEFINITION,
            example.base().span(),
            "example '"
                + (example.name() == null ? example.description() : example.name().text())
                + "' starts from itself");
      }
    }
    if (example.bundle() != null) {
      example.lines().stream()
          .filter(line -> !(line instanceof InputValue))
          .findFirst()
          .ifPresent(
              line ->
                  sink.report(
                      DiagnosticCode.EXAMPLE_FACT_MISFIT,
                      line.span(),
                      "an example read from a Bundle takes its facts"
                          + " from the Bundle; only screening, input and expect lines may follow"));
    }
    for (Line line : example.lines()) {
      if (line instanceof InputValue input) {
        checkInput(input);
      } else if (line instanceof Fact fact) {
        checkFact(fact);
      } else if (line instanceof Removal removal) {
        removal.names().forEach(this::dataDeclaration);
      } else if (line instanceof SexLine sex && sexOf(sex.sex().text()) == null) {
        sink.report(
            DiagnosticCode.UNKNOWN_SEX,
            sex.sex().span(),
            "'"
                + sex.sex().text()
                + "' is not a recorded sex; write male, female, other or unknown");
      }
    }
    checkExpectations(example);
  }

  private boolean cycle(Example example, Map<String, Example> named) {
    Example current = example;
    for (int steps = 0; current != null && current.base() != null; steps++) {
      current = named.get(current.base().text());
      if (current == example || steps > named.size()) {
        return true;
      }
    }
    return false;
  }

  private void checkFact(Fact fact) {
    DataDeclaration declaration = dataDeclaration(fact.concept());
    if (declaration == null) {
      return;
    }
    boolean termsResolve = true;
    if (fact.value() instanceof CodedValue coded) {
      termsResolve &= resolves(coded.codes());
    }
    for (Clause clause : fact.clauses()) {
      if (clause instanceof Codes written) {
        for (CodeSetTerm term : written.codes()) {
          termsResolve &= resolves(term);
        }
      } else if (clause instanceof Coded coded) {
        termsResolve &= resolves(coded.codes());
      }
    }
    if (termsResolve) {
      RecordMaker.Made record = maker.make(fact, declaration);
      if (record != null) {
        made.put(fact, record);
      }
    }
  }

  private DataDeclaration dataDeclaration(Identifier name) {
    DataDeclaration declaration = data.get(name.text());
    if (declaration != null) {
      return declaration;
    }
    Declaration other = declarations.get(name.text());
    if (other instanceof DataDeclaration.InputDeclaration) {
      sink.report(
          DiagnosticCode.EXAMPLE_FACT_MISFIT,
          name.span(),
          "'"
              + name.text()
              + "' is a screening input,"
              + " given by whoever screens, not a record: write 'input "
              + name.text()
              + " VALUE'");
    } else if (other != null) {
      sink.report(
          DiagnosticCode.EXAMPLE_FACT_MISFIT,
          name.span(),
          "'"
              + name.text()
              + "' is not a data declaration;"
              + " a fact names an observation, condition, medication, procedure, allergy, specimen, encounter, report,"
              + " imaging study, participation or attestation");
    } else {
      sink.report(
          DiagnosticCode.UNKNOWN_NAME,
          name.span(),
          "unknown name '" + name.text() + "'" + Names.didYouMean(name.text(), data.keySet()));
    }
    return null;
  }

  /** The input is declared and its value is of the input's kind. */
  private void checkInput(InputValue line) {
    DataDeclaration.InputDeclaration input = inputs.get(line.name().text());
    if (input == null) {
      String hint =
          data.containsKey(line.name().text())
              ? "; '"
                  + line.name().text()
                  + "' is data of the record: write the fact without 'input'"
              : Names.didYouMean(line.name().text(), inputs.keySet());
      sink.report(
          DiagnosticCode.UNKNOWN_NAME,
          line.name().span(),
          "no screening input is named '" + line.name().text() + "'" + hint);
      return;
    }
    if (InputInfo.UNKNOWN.equals(line.text())) {
      return;
    }
    String expected = InputValues.problem(input, line);
    if (expected != null) {
      sink.report(
          DiagnosticCode.EXAMPLE_FACT_MISFIT,
          line.valueSpan(),
          "the screening input '"
              + input.name().text()
              + "' ("
              + input.label()
              + ") is "
              + expected
              + ", or unknown");
    }
  }

  private boolean resolves(CodeSetTerm term) {
    if (term instanceof CodeSetTerm.ValueSetReference reference) {
      if (codes.valueSet(reference.name().text()).isPresent()) {
        return true;
      }
      sink.report(
          DiagnosticCode.UNKNOWN_NAME,
          reference.name().span(),
          "unknown value set '"
              + reference.name().text()
              + "'"
              + Names.didYouMean(
                  reference.name().text(),
                  criteria
                      .ast()
                      .declarations(dev.eligo.compiler.ast.ValueSetDeclaration.class)
                      .stream()
                      .map(v -> v.name().text())
                      .toList()));
      return false;
    }
    CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
    if (ProtocolCodes.isUri(inline.system().text())) {
      return true;
    }
    if (codes.system(inline.system().text()).isEmpty()) {
      sink.report(
          DiagnosticCode.UNKNOWN_CODE_SYSTEM,
          inline.system().span(),
          "'" + inline.system().text() + "' is not a code system of the criteria file");
      return false;
    }
    for (CodeLiteral code : inline.codes()) {
      if (ProtocolCodes.isRange(codes.systemOf(inline), code)) {
        sink.report(
            DiagnosticCode.INVALID_CODE,
            code.span(),
            "a record carries one code, not the range " + code.text());
        return false;
      }
    }
    return true;
  }

  private void checkExpectations(Example example) {
    VerdictExpectation verdict = null;
    Map<String, SourceSpan> seen = new HashMap<>();
    for (Expectation expectation : example.expectations()) {
      if (expectation instanceof VerdictExpectation v) {
        if (verdict != null) {
          sink.report(
              DiagnosticCode.EXAMPLE_EXPECTATION,
              v.span(),
              "the example already expects a verdict at line " + verdict.span().line());
        }
        verdict = v;
        checkDeciders(v);
      } else {
        OutcomeExpectation outcome = (OutcomeExpectation) expectation;
        String id = outcome.criterion().text();
        if (!topLevel.containsKey(id) && !parts.containsKey(id)) {
          unknownCriterion(outcome.criterion());
        } else if (seen.putIfAbsent(id, outcome.span()) != null) {
          sink.report(
              DiagnosticCode.EXAMPLE_EXPECTATION,
              outcome.criterion().span(),
              "the example already expects a result of " + id + " at line " + seen.get(id).line());
        }
      }
    }
    if (verdict == null) {
      sink.report(
          DiagnosticCode.EXAMPLE_EXPECTATION,
          example.span(),
          "say what screening must give:"
              + " 'expect eligible', 'expect ineligible by E3' or 'expect needs review by I4'");
    }
  }

  private void checkDeciders(VerdictExpectation v) {
    if (v.verdict() == Verdict.ELIGIBLE) {
      if (!v.decidedBy().isEmpty()) {
        sink.report(
            DiagnosticCode.EXAMPLE_EXPECTATION,
            v.decidedBy().get(0).span(),
            "every criterion decides an eligible patient; write 'expect eligible' without 'by'");
      }
      return;
    }
    if (v.decidedBy().isEmpty()) {
      sink.report(
          DiagnosticCode.EXAMPLE_EXPECTATION,
          v.span(),
          "say which criteria decide: 'expect "
              + Expected.verdictText(v.verdict(), List.of())
              + " by <criterion ids>'");
    }
    for (Identifier id : v.decidedBy()) {
      if (parts.containsKey(id.text())) {
        sink.report(
            DiagnosticCode.EXAMPLE_EXPECTATION,
            id.span(),
            id.text()
                + " is a part; only top-level criteria decide a verdict (expect the part's result with 'expect "
                + id.text()
                + " met')");
      } else if (!topLevel.containsKey(id.text())) {
        unknownCriterion(id);
      }
    }
  }

  private void unknownCriterion(Identifier id) {
    List<String> ids = new ArrayList<>(topLevel.keySet());
    ids.addAll(parts.keySet());
    sink.report(
        DiagnosticCode.UNKNOWN_NAME,
        id.span(),
        "no criterion or part is named '" + id.text() + "'" + Names.didYouMean(id.text(), ids));
  }

  // ---- assembly -------------------------------------------------------------------------------

  private CompiledExample assemble(
      Example example, int index, ExamplesFile file, Map<String, Example> named) {
    List<Example> chain = new ArrayList<>();
    for (Example e = example; e != null; e = e.base() == null ? null : named.get(e.base().text())) {
      chain.add(0, e);
    }
    DateExpr screeningExpr = file.screening();
    for (Example e : chain) {
      if (e.screening() != null) {
        screeningExpr = e.screening();
      }
    }
    if (screeningExpr == null
        || screeningExpr.resolve(LocalDate.EPOCH) == null
        || screeningExpr instanceof DateExpr.Relative) {
      sink.report(
          DiagnosticCode.SYNTAX_ERROR,
          example.span(),
          "the example has no screening date: write"
              + " 'screening @2026-11-24' after the file's header or in the example");
      return null;
    }
    RecordDate screeningDate = screeningExpr.resolve(LocalDate.EPOCH);
    if (screeningDate.day().isEmpty()) {
      sink.report(
          DiagnosticCode.INVALID_DATE,
          screeningExpr.span(),
          "a screening date is a whole day, such as @2026-11-24");
      return null;
    }
    LocalDate screening = screeningDate.first();
    String location = file.source().name() + ":" + example.span().line();
    PatientRecord patient =
        example.bundle() != null
            ? bundle(example)
            : patient(
                chain,
                example.name() == null ? "example-" + index : example.name().text(),
                screening);
    if (patient == null) {
      return null;
    }
    Screening withInputs = screeningWithInputs(example, chain, screening);
    if (withInputs == null) {
      return null;
    }
    return new CompiledExample(example, location, patient, withInputs, expected(example));
  }

  /**
   * The screening with every input the example or its bases give; null after reporting those
   * missing.
   */
  private Screening screeningWithInputs(Example example, List<Example> chain, LocalDate date) {
    Map<String, String> given = new LinkedHashMap<>();
    for (Example e : chain) {
      for (Line line : e.lines()) {
        if (line instanceof InputValue input) {
          given.put(
              input.name().text(),
              input.date() != null ? input.date().resolve(date).first().toString() : input.text());
        }
      }
    }
    Screening screening = Screening.on(date);
    boolean complete = true;
    for (DataDeclaration.InputDeclaration input : inputs.values()) {
      String value = given.get(input.name().text());
      if (value == null) {
        complete = false;
        sink.report(
            DiagnosticCode.EXAMPLE_FACT_MISFIT,
            example.span(),
            "the example gives no value for the screening"
                + " input '"
                + input.name().text()
                + "' ("
                + input.label()
                + "): write 'input "
                + input.name().text()
                + " VALUE' in it or in the example it is like, or 'input "
                + input.name().text()
                + " unknown'");
      } else {
        screening = screening.with(input.name().text(), value);
      }
    }
    return complete ? screening : null;
  }

  private PatientRecord patient(List<Example> chain, String patientId, LocalDate screening) {
    Map<String, List<Fact>> groups = new LinkedHashMap<>();
    RecordDate birth = null;
    Sex sex = Sex.UNKNOWN;
    for (Example e : chain) {
      Map<String, Boolean> replacedHere = new HashMap<>();
      for (Line line : e.lines()) {
        if (line instanceof Birth b) {
          birth =
              b.date() != null
                  ? b.date().resolve(screening)
                  : b.ageInYears() != null
                      ? RecordDate.of(screening.minusYears(b.ageInYears().longValue()))
                      : null;
        } else if (line instanceof SexLine s) {
          sex = sexOf(s.sex().text());
        } else if (line instanceof Removal removal) {
          removal.names().forEach(n -> groups.remove(n.text()));
        } else if (line instanceof Fact fact) {
          String name = fact.concept().text();
          // A fact replaces the base's facts about its name, unless it says 'also'.
          if (!fact.also() && e != chain.get(0) && replacedHere.putIfAbsent(name, true) == null) {
            groups.remove(name);
          }
          groups.computeIfAbsent(name, n -> new ArrayList<>()).add(fact);
        }
      }
    }
    PatientRecord.Builder record = PatientRecord.builder(patientId).sex(sex);
    if (birth != null) {
      record.birthDate(birth);
    }
    groups.forEach(
        (name, facts) -> {
          int n = 0;
          for (Fact fact : facts) {
            made.get(fact).addTo(record, name + "-" + ++n, screening);
          }
        });
    return record.build();
  }

  private PatientRecord bundle(Example example) {
    Path path =
        directory == null
            ? Path.of(example.bundle().value())
            : directory.resolve(example.bundle().value());
    if (!Files.isRegularFile(path)) {
      sink.report(
          DiagnosticCode.EXAMPLE_BUNDLE_UNREADABLE,
          example.bundle().span(),
          "no Bundle file " + path + " (paths are relative to the examples file)");
      return null;
    }
    try (PatientSource source = PatientSources.bundleFile(path)) {
      PatientReadResult read =
          source.hasNext() ? source.next() : new PatientReadError(path.toString(), "empty");
      if (read instanceof MappedPatient mapped) {
        return mapped.record();
      }
      sink.report(
          DiagnosticCode.EXAMPLE_BUNDLE_UNREADABLE,
          example.bundle().span(),
          ((PatientReadError) read).message());
      return null;
    }
  }

  private static Expected expected(Example example) {
    Verdict verdict = null;
    List<String> by = List.of();
    Map<String, CriterionOutcome> outcomes = new LinkedHashMap<>();
    for (Expectation expectation : example.expectations()) {
      if (expectation instanceof VerdictExpectation v) {
        verdict = v.verdict();
        by = v.decidedBy().stream().map(Identifier::text).toList();
      } else {
        OutcomeExpectation o = (OutcomeExpectation) expectation;
        outcomes.put(o.criterion().text(), o.outcome());
      }
    }
    return new Expected(verdict, by, outcomes);
  }

  private static Sex sexOf(String word) {
    switch (word.toLowerCase(Locale.ROOT)) {
      case "male":
        return Sex.MALE;
      case "female":
        return Sex.FEMALE;
      case "other":
        return Sex.OTHER;
      case "unknown":
        return Sex.UNKNOWN;
      default:
        return null;
    }
  }
}
