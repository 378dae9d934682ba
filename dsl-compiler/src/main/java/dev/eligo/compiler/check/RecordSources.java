package dev.eligo.compiler.check;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Expr;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The FHIR R4 resource types each kind of data declaration is read from, and so the types a whole
 * protocol reads: the generated evaluator names them in its {@code ProtocolInfo}, so that a reader
 * maps only those (a Synthea Bundle is mostly claims no criterion can see). What the mapping reads
 * beside them (a medication's Medication, the Conditions named as reasons) the reader adds itself.
 * The data requirements say the same resource types with their codes and statuses; a test holds the
 * two together.
 */
public final class RecordSources {
  private RecordSources() {}

  /** The resource types the records of a data declaration come from; none for an input. */
  public static List<String> of(DataDeclaration declaration) {
    if (declaration instanceof DataDeclaration.ObservationDeclaration) {
      return List.of("Observation");
    }
    if (declaration instanceof DataDeclaration.AttestationDeclaration) {
      return List.of("QuestionnaireResponse");
    }
    if (declaration instanceof DataDeclaration.ParticipationDeclaration) {
      return List.of("ResearchSubject");
    }
    if (declaration instanceof DataDeclaration.RecordDeclaration record) {
      return of(record.kind());
    }
    return List.of(); // a screening input: whoever screens gives it
  }

  private static List<String> of(DataDeclaration.RecordKind kind) {
    return switch (kind) {
      case CONDITION -> List.of("Condition");
      case MEDICATION ->
          List.of(
              "MedicationStatement",
              "MedicationAdministration",
              "MedicationRequest",
              "MedicationDispense");
      case PROCEDURE -> List.of("Procedure");
      case ALLERGY -> List.of("AllergyIntolerance");
      case SPECIMEN -> List.of("Specimen");
      case ENCOUNTER -> List.of("Encounter");
      case REPORT -> List.of("DiagnosticReport");
      case IMAGING -> List.of("ImagingStudy");
      case IMMUNIZATION -> List.of("Immunization");
    };
  }

  /**
   * The resource types a checked file reads: the Patient, those of each data declaration, the
   * ResearchSubject when a criterion reads {@code enrolment} (this protocol's own), and the
   * Conditions when one reads a record's {@code reason}, whatever their codes.
   */
  public static List<String> readBy(CheckedFile file) {
    Set<String> types = new LinkedHashSet<>(List.of("Patient"));
    for (DataDeclaration declaration : file.ast().declarations(DataDeclaration.class)) {
      types.addAll(of(declaration));
    }
    if (readsEnrolment(file)) {
      types.add("ResearchSubject");
    }
    if (readsReasons(file)) {
      types.add("Condition");
    }
    return List.copyOf(types);
  }

  /**
   * Whether some criterion, part or definition reads {@code enrolment}, this protocol's own
   * ResearchSubject.
   */
  public static boolean readsEnrolment(CheckedFile file) {
    // By name, which no declaration can take: the bodies of parameterised definitions are checked
    // only as called, so their names resolve to nothing of their own.
    return anyExpression(
        file, expr -> expr instanceof Expr.Name name && name.name().text().equals("enrolment"));
  }

  /**
   * Whether some criterion, part or definition reads a record's {@code reason}: the runtime then
   * looks up the Conditions that medication uses and procedures name as their reasons, whatever
   * their codes.
   */
  public static boolean readsReasons(CheckedFile file) {
    return anyExpression(
        file,
        expr ->
            expr instanceof Expr.Name name && name.name().text().equals("reason")
                || expr instanceof Expr.FieldAccess field && field.field().text().equals("reason"));
  }

  private static boolean anyExpression(CheckedFile file, Predicate<Expr> such) {
    List<Expr> roots = new ArrayList<>();
    file.ast().declarations(Definition.class).forEach(d -> roots.add(d.body()));
    for (Criterion criterion : file.ast().declarations(Criterion.class)) {
      roots.add(criterion.body());
      criterion.parts().forEach(part -> roots.add(part.body()));
    }
    return roots.stream().flatMap(root -> Children.all(root).stream()).anyMatch(such);
  }
}
