package dev.eligo.fhir;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What can still be seen in a line of a bulk export that is not valid JSON (a bad byte, a cut): the
 * resource's type and id, and the patient its {@code subject}, {@code patient} or {@code
 * individual} reference names, so that the loss lands on that patient's own row.
 *
 * @param type the resourceType written in the line, else the one its file is named after, else
 *     {@code ""}
 * @param id the resource id written in the line, or {@code ""}
 * @param patientId the id of the patient the line names, or {@code ""} when none can be seen
 */
record DamagedLine(String type, String id, String patientId) {
  private static final Pattern TYPE =
      Pattern.compile("\"resourceType\"\\s*:\\s*\"([A-Za-z]{1,64})\"");
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([A-Za-z0-9\\-.]{1,64})\"");
  private static final Pattern PATIENT =
      Pattern.compile(
          "\"(?:subject|patient|individual)\"\\s*:\\s*\\{[^{}]*?\"reference\"\\s*:\\s*\"Patient/([A-Za-z0-9\\-.]{1,64})\"");

  /** Reads what can be seen in the bytes of a line from the file {@code fileName}. */
  static DamagedLine of(byte[] bytes, String fileName) {
    // ISO-8859-1 maps every byte to one character, so a bad byte cannot hide what follows it.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    return new DamagedLine(
        first(TYPE, text, typeOfFile(fileName)), first(ID, text, ""), first(PATIENT, text, ""));
  }

  /**
   * The resource type a bulk-export file is named after: {@code Condition.ndjson}, {@code
   * Condition_2.ndjson}.
   */
  static String typeOfFile(String fileName) {
    Matcher m =
        Pattern.compile("^([A-Z][A-Za-z]+)(?:[._-].*)?\\.ndjson$", Pattern.CASE_INSENSITIVE)
            .matcher(fileName);
    return m.matches() ? m.group(1) : "";
  }

  private static String first(Pattern pattern, String text, String otherwise) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : otherwise;
  }
}
