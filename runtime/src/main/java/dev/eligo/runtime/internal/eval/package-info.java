/**
 * Support for generated evaluators: not an API. Generated classes call these types (reading a
 * patient's records for a concept, lists, windows, series, comparisons, three-valued logic); the
 * compiler's declaration table names every method it emits a call to. They may change with any
 * release of Eligo; program against {@code dev.eligo.runtime}, {@code dev.eligo.runtime.record} and
 * {@code dev.eligo.runtime.result} instead.
 */
package dev.eligo.runtime.internal.eval;
