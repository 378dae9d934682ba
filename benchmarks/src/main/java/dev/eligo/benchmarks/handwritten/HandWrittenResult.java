package dev.eligo.benchmarks.handwritten;

import dev.eligo.runtime.result.TruthValue;
import dev.eligo.runtime.result.Verdict;
import java.util.Map;

/**
 * What the hand-written evaluator says of a patient: the verdict and the outcome of every criterion
 * and part, by id ({@code I2}, {@code I2a}, ...).
 */
public record HandWrittenResult(Verdict verdict, Map<String, TruthValue> outcomes) {}
