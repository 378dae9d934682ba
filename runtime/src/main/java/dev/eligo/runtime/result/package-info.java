/**
 * What screening returns: the verdict for the patient, each criterion's outcome and its explanation
 * as a tree of {@link dev.eligo.runtime.result.Truth} statements, the records each result used or
 * ignored ({@link dev.eligo.runtime.result.Evidence}) and the data that would decide an unknown one
 * ({@link dev.eligo.runtime.result.Missing}).
 */
package dev.eligo.runtime.result;
