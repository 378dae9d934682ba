package dev.eligo.compiler.ast;

import dev.eligo.compiler.source.SourceSpan;

/** The protocol a file implements: registry id, title and version (empty strings when absent). */
public record Header(String protocolId, String title, String version, SourceSpan span) {}
