package dev.eligo.compiler.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParseSmokeTest {
  @Test
  void parse_sampleProtocol_hasNoSyntaxErrors() throws Exception {
    SourceFile file = SourceFile.read(Path.of("../examples/mcrpc/src/main/eligo/NCT07298239.eligo"));
    DiagnosticSink sink = new DiagnosticSink(file);
    CriteriaFile ast = CriteriaParser.parse(sink);
    assertThat(DiagnosticPrinter.print(sink.diagnostics())).isEmpty();
    assertThat(ast.declarations()).hasSizeGreaterThan(50);
  }
}
