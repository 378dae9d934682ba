/**
 * Test support shared by the example protocols' screening tests: expectations of a table's rows,
 * their checks and readers of explanations. Used in test scope only; not part of any product jar.
 */
package dev.eligo.examples.table;
