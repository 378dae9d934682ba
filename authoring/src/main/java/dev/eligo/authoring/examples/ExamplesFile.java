package dev.eligo.authoring.examples;

import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.source.SourceFile;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.runtime.result.CriterionOutcome;
import dev.eligo.runtime.result.Verdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * An examples file as written: the protocol it is for, a default screening date and the examples,
 * each a patient described in the criteria file's own terms and what screening him must give.
 *
 * @param protocol the protocol id after {@code examples for}
 * @param screening the screening date of every example that names none, or {@code null}
 */
public record ExamplesFile(
    SourceFile source, Identifier protocol, DateExpr screening, List<Example> examples) {
  public ExamplesFile {
    examples = List.copyOf(examples);
  }

  /**
   * One example patient.
   *
   * @param name the name other examples build on ({@code like baseline}), or {@code null}
   * @param description what the example shows, in words
   * @param base the example this one starts from, or {@code null}
   * @param bundle the FHIR Bundle file the patient is read from, relative to the examples file, or
   *     {@code null}
   * @param screening this example's screening date, or {@code null} for the file's
   * @param lines the patient's facts, in file order
   */
  public record Example(
      Identifier name,
      String description,
      Identifier base,
      Located<String> bundle,
      DateExpr screening,
      List<Line> lines,
      List<Expectation> expectations,
      SourceSpan span) {
    public Example {
      lines = List.copyOf(lines);
      expectations = List.copyOf(expectations);
    }

    /** How reports name the example: its description, with its name when it has one. */
    public String title() {
      return name == null ? description : name.text() + ": " + description;
    }
  }

  /** A value with the place it was written. */
  public record Located<T>(T value, SourceSpan span) {}

  /** One line of an example's patient. */
  public sealed interface Line {
    SourceSpan span();
  }

  /** {@code born @1958-03-14} or {@code age 68 years}. */
  public record Birth(DateExpr date, BigDecimal ageInYears, SourceSpan span) implements Line {}

  /** {@code sex male}. */
  public record SexLine(Identifier sex, SourceSpan span) implements Line {}

  /**
   * {@code input consent 3 days before screening}, {@code input arm B}: the value of a screening
   * input, given by whoever screens rather than read from the record. A date is {@code date};
   * anything else is {@code text} as the command line would give it ({@code 100 mg}, {@code true},
   * {@code unknown}).
   */
  public record InputValue(
      Identifier name, DateExpr date, String text, SourceSpan valueSpan, SourceSpan span)
      implements Line {}

  /** {@code no anc, ecog}: none of the base example's facts about these names. */
  public record Removal(List<Identifier> names, SourceSpan span) implements Line {
    public Removal {
      names = List.copyOf(names);
    }
  }

  /**
   * {@code psa 2.3 'ng/mL' on @2026-09-22}: one record about a name of the criteria file.
   *
   * @param also whether it adds to the base example's facts about the name instead of replacing
   *     them
   * @param value the value or answer, or {@code null} when none is written
   */
  public record Fact(
      Identifier concept, boolean also, Value value, List<Clause> clauses, SourceSpan span)
      implements Line {
    public Fact {
      clauses = List.copyOf(clauses);
    }
  }

  /** What a fact says its record holds. */
  public sealed interface Value {
    SourceSpan span();
  }

  /**
   * {@code yes}, {@code no} or {@code unanswered}: an attestation's answer ({@code null} for
   * unanswered).
   */
  public record Answer(Boolean answer, SourceSpan span) implements Value {}

  /**
   * {@code < 20 'ng/dL'}, {@code 3}, {@code 2.3}: a number, with a comparator and a unit when
   * written.
   */
  public record Amount(String comparator, BigDecimal number, Located<String> unit, SourceSpan span)
      implements Value {}

  /** {@code positive} or {@code LOCAL {PD}}: a coded result. */
  public record CodedValue(CodeSetTerm codes, SourceSpan span) implements Value {}

  /** A clause of a fact: {@code on DATE}, {@code status final}, {@code range ..40 'U/L'}, ... */
  public sealed interface Clause {
    SourceSpan span();
  }

  /** {@code on DATE}. */
  public record On(DateExpr date, SourceSpan span) implements Clause {}

  /** {@code from DATE to DATE}. */
  public record Between(DateExpr from, DateExpr to, SourceSpan span) implements Clause {}

  /** {@code since DATE}: began then and still goes on. */
  public record Since(DateExpr date, SourceSpan span) implements Clause {}

  /** {@code code ICD10 {C61}, SNOMED {399068003}}: the record's own codes. */
  public record Codes(List<CodeSetTerm> codes, SourceSpan span) implements Clause {
    public Codes {
      codes = List.copyOf(codes);
    }
  }

  /** {@code status preliminary}, {@code verification provisional}, {@code clinical inactive}. */
  public record Status(String which, Identifier value, SourceSpan span) implements Clause {}

  /** {@code resolved on DATE} (or {@code resolved} alone). */
  public record Resolved(DateExpr date, SourceSpan span) implements Clause {}

  /** {@code range 0..40 'U/L' type normal}; either end may be left out. */
  public record Range(
      BigDecimal low, BigDecimal high, Located<String> unit, Identifier type, SourceSpan span)
      implements Clause {}

  /** {@code route intravenous} or {@code reason ICD10 {M06}}. */
  public record Coded(String which, CodeSetTerm codes, SourceSpan span) implements Clause {}

  /** {@code study "NCT05012345"} or {@code id "alt-1"}. */
  public record Text(String which, String text, SourceSpan span) implements Clause {}

  /** {@code undated}: a record that gives no date. */
  public record Undated(SourceSpan span) implements Clause {}

  /** An expectation about the screening of the example. */
  public sealed interface Expectation {
    SourceSpan span();
  }

  /** {@code expect ineligible by E3}: the verdict, and the top-level criteria that decide it. */
  public record VerdictExpectation(Verdict verdict, List<Identifier> decidedBy, SourceSpan span)
      implements Expectation {
    public VerdictExpectation {
      decidedBy = List.copyOf(decidedBy);
    }
  }

  /** {@code expect E3a met}: the result of one criterion or part. */
  public record OutcomeExpectation(Identifier criterion, CriterionOutcome outcome, SourceSpan span)
      implements Expectation {}
}
