package dev.eligo.runtime.record;

/**
 * Which kind of record a medication use comes from: an order, the patient's or a clinician's
 * statement, an administration seen by staff, or a dispense from a pharmacy. The word is how
 * criteria name it ({@code source is administration}).
 */
public enum MedicationSource {
  REQUEST("request"),
  STATEMENT("statement"),
  ADMINISTRATION("administration"),
  DISPENSE("dispense");

  private final String word;

  MedicationSource(String word) {
    this.word = word;
  }

  public String word() {
    return word;
  }

  /** The source a record of this FHIR-style resource type comes from, or null for another type. */
  public static MedicationSource ofResourceType(String resourceType) {
    switch (resourceType) {
      case "MedicationRequest":
        return REQUEST;
      case "MedicationStatement":
        return STATEMENT;
      case "MedicationAdministration":
        return ADMINISTRATION;
      case "MedicationDispense":
        return DISPENSE;
      default:
        return null;
    }
  }
}
