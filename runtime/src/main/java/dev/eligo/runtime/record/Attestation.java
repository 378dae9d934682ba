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
public record Attestation(
    RecordRef ref, String linkId, Boolean answer, RecordDate authored, String status) {
  public Attestation {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(linkId, "linkId");
    Objects.requireNonNull(status, "status");
  }

  /** Whether the response is final enough to count: completed or amended. */
  public boolean counts() {
    return status.equals("completed") || status.equals("amended");
  }

  /**
   * A questionnaire response known to exist whose content could not be read: it may answer any item
   * ({@link #linkId()} is empty), with no answer, date or status that could be read.
   */
  public static Attestation unreadable(RecordRef ref) {
    return new Attestation(ref, "", null, null, "unknown");
  }

  /** Whether the item answered could not be read, so that it may be any item. */
  public boolean isAnyItem() {
    return linkId.isEmpty();
  }
}
