/**
 * The abstract syntax tree of a criteria file: records grouped under sealed interfaces, each node
 * with its source span. Nothing here knows ANTLR; passes key side tables by node identity, since
 * records compare by value and two equal-looking nodes may stand in different places.
 */
package dev.eligo.compiler.ast;
