package dev.eligo.runtime.result;

/** Whether a criterion admits (inclusion) or rules out (exclusion) a patient. */
public enum CriterionKind {
  INCLUSION,
  EXCLUSION
}
