package dev.eligo.runtime.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The patient's enrolment in a research study (FHIR ResearchSubject).
 *
 * @param status the ResearchSubject status code as written ({@code on-study}, {@code candidate},
 *     ...)
 * @param studyIdentifiers the identifiers of the study (registry numbers such as NCT07298239)
 * @param period the participation period; {@code null} when the record does not say
 * @param studies the same identifiers with the system that issues them (the system is empty when
 *     the record gives none)
 */
public record ResearchParticipation(
    RecordRef ref,
    String status,
    List<String> studyIdentifiers,
    RecordPeriod period,
    List<Coding> studies) {

  /** The status of a participation whose status is missing or could not be read. */
  public static final String UNKNOWN_STATUS = "unknown";

  public ResearchParticipation {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(status, "status");
    studyIdentifiers = List.copyOf(studyIdentifiers);
    studies = List.copyOf(studies);
  }

  /** A participation whose study identifiers carry no system. */
  public ResearchParticipation(
      RecordRef ref, String status, List<String> studyIdentifiers, RecordPeriod period) {
    this(ref, status, studyIdentifiers, period, withoutSystem(studyIdentifiers));
  }

  /**
   * Whether the patient actually took part: on-study, on-study-intervention, on-study-observation,
   * follow-up or off-study. The two on-study-… codes are FHIR R4's finer kinds of on-study
   * (receiving the study's intervention, in its observation phase), so they count as on-study does.
   */
  public boolean counts() {
    return switch (status) {
      case "on-study", "on-study-intervention", "on-study-observation", "follow-up", "off-study" ->
          true;
      default -> false;
    };
  }

  /**
   * A participation known to exist whose content could not be read: status unknown, no study, no
   * period.
   */
  public static ResearchParticipation unreadable(RecordRef ref) {
    return new ResearchParticipation(ref, UNKNOWN_STATUS, List.of(), null);
  }

  private static List<Coding> withoutSystem(List<String> identifiers) {
    List<Coding> codings = new ArrayList<>();
    identifiers.forEach(id -> codings.add(Coding.of("", id)));
    return codings;
  }
}
