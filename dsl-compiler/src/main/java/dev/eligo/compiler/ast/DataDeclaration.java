package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;
import java.math.BigDecimal;
import java.util.List;

/** A data dictionary entry: where in the record a fact lives. */
public sealed interface DataDeclaration extends Declaration {

  /** The readable name used in explanations ("serum testosterone"); the name when none given. */
  String label();

  /** {@code observation psa "PSA": LOINC {2857-1} quantity 'ng/mL'}. */
  record ObservationDeclaration(
      Identifier name,
      String label,
      CodeSet codes,
      ValueKind valueKind,
      UnitLiteral unit,
      List<AnalyteOption> options,
      SourceSpan span)
      implements DataDeclaration {
    public ObservationDeclaration {
      options = List.copyOf(options);
    }
  }

  /**
   * A condition, medication, procedure, allergy, specimen, encounter, report, imaging or
   * immunization concept: records of that kind with these codes.
   */
  record RecordDeclaration(
      Identifier name,
      String label,
      RecordKind kind,
      CodeSet codes,
      List<Identifier> classifiedBy,
      SourceSpan span)
      implements DataDeclaration {
    public RecordDeclaration {
      classifiedBy = List.copyOf(classifiedBy);
    }
  }

  /** {@code attestation informedConsent "...": "informed-consent"}. */
  record AttestationDeclaration(Identifier name, String label, String linkId, SourceSpan span)
      implements DataDeclaration {}

  /**
   * {@code input arm "treatment arm": code in LOCAL}: a value each screening gives besides the
   * date. {@code kind} is the word written ({@code date}, {@code number}, {@code truth}, {@code
   * code}, {@code quantity}); {@code unit} is a quantity's, {@code system} a code's.
   */
  record InputDeclaration(
      Identifier name,
      String label,
      String kind,
      UnitLiteral unit,
      Identifier system,
      SourceSpan span)
      implements DataDeclaration {}

  /** {@code participation otherTrial "..."}: the patient's research study enrolments. */
  record ParticipationDeclaration(Identifier name, String label, SourceSpan span)
      implements DataDeclaration {}

  /** What an observation's value is. */
  enum ValueKind {
    QUANTITY,
    INTEGER,
    CODED,
    BOOLEAN,
    TEXT
  }

  /** The record kinds a {@link RecordDeclaration} may name. */
  enum RecordKind {
    CONDITION,
    MEDICATION,
    PROCEDURE,
    ALLERGY,
    SPECIMEN,
    ENCOUNTER,
    REPORT,
    IMAGING,
    IMMUNIZATION
  }

  /** A UCUM unit as written between single quotes, without them. */
  record UnitLiteral(String text, SourceSpan span) {}

  /** What else an analyte allows: conversions between units UCUM alone cannot relate. */
  sealed interface AnalyteOption {
    SourceSpan span();
  }

  /** {@code molar mass 288.42 'g/mol'}. */
  record MolarMass(BigDecimal value, UnitLiteral unit, SourceSpan span) implements AnalyteOption {}

  /** {@code plausible from 0 to 2000 'ng/dL'}: values outside are bad data, not findings. */
  record PlausibleRange(BigDecimal low, BigDecimal high, UnitLiteral unit, SourceSpan span)
      implements AnalyteOption {}

  /** {@code factor 1 '[IU]' = 5.82 '{copies}'}. */
  record UnitFactor(
      BigDecimal fromAmount, UnitLiteral from, BigDecimal toAmount, UnitLiteral to, SourceSpan span)
      implements AnalyteOption {}

  /** {@code alias 'copies/mL' = '{copies}/mL'}: a spelling records use for a UCUM unit. */
  record UnitAlias(UnitLiteral written, UnitLiteral ucum, SourceSpan span)
      implements AnalyteOption {}
}
