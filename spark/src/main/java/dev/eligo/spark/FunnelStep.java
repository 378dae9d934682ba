package dev.eligo.spark;

import java.io.Serializable;

/**
 * One top-level criterion in the screening funnel, in the order of the criteria file. Counts are of
 * screened patients (ERROR rows are not screened).
 *
 * @param ordinal the criterion's place among the top-level criteria, from 1
 * @param ruledOut patients this criterion rules out (an inclusion not met, an exclusion met)
 * @param ruledOutFirst of those, the ones no earlier criterion rules out: the funnel's step
 * @param remaining patients that neither this criterion nor any earlier one rules out
 * @param unknown patients for whom this criterion is unknown
 * @param unknownNeedsReview patients who need review because, among others, this criterion is
 *     unknown
 */
public record FunnelStep(
    int ordinal,
    String criterion,
    String kind,
    String text,
    long ruledOut,
    long ruledOutFirst,
    long remaining,
    long unknown,
    long unknownNeedsReview)
    implements Serializable {}
