package dev.eligo.runtime.record;

import java.util.Objects;

/**
 * An investigator's yes/no statement about the patient, from a questionnaire item.
 *
 * @param ref the QuestionnaireResponse it came from
 * @param linkId the item's link id, e.g. {@code informed-consent}
 * @param answer the answer, or {@code null} when the item was left unanswered
 * @param authored when the response was authored
 * @param status the response status as written ({@code completed}, {@code amended}, ...)
 */
public record Attestation(RecordRef ref, String linkId, Boolean answer, RecordDate authored, String status) {
  public Attestation {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the response is final enough to count: completed or amended. */
  public boolean counts() {
    return status.equals("completed") || status.equals("amended");
  }
}
