package dev.eligo.compiler.parse;

import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.CodeSystemDeclaration.CodeMatching;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.DataDeclaration;
import dev.eligo.compiler.ast.DataDeclaration.UnitLiteral;
import dev.eligo.compiler.ast.Declaration;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.ast.Header;
import dev.eligo.compiler.ast.Identifier;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.diagnostic.DiagnosticCode;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.source.SourceSpan;
import dev.eligo.grammar.EligoLexer;
import dev.eligo.grammar.EligoParser;
import dev.eligo.grammar.EligoParser.DeclarationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Builds the AST from ANTLR's parse tree. It only reshapes: no name resolution, no types. After
 * error recovery ANTLR may leave children missing; those become {@code Erroneous} expressions or
 * are dropped, never a NullPointerException.
 */
final class AstBuilder {
  private final DiagnosticSink sink;
  private final Spans spans;
  private final ExpressionBuilder expressions;

  AstBuilder(DiagnosticSink sink, Spans spans) {
    this.sink = sink;
    this.spans = spans;
    this.expressions = new ExpressionBuilder(this);
  }

  CriteriaFile build(EligoParser.CriteriaFileContext tree) {
    Header header = header(tree.header());
    List<Declaration> declarations = new ArrayList<>();
    for (DeclarationContext declaration : tree.declaration()) {
      Declaration built = declaration(declaration);
      if (built != null) {
        declarations.add(built);
      }
    }
    return new CriteriaFile(header, declarations, spans.of(tree));
  }

  private Header header(EligoParser.HeaderContext context) {
    if (context == null || context.protocolId() == null) {
      return new Header("", "", "", SourceSpan.NONE);
    }
    EligoParser.ProtocolIdContext id = context.protocolId();
    String protocolId =
        id.STRING() != null ? string(id.STRING().getSymbol()) : text(id.IDENTIFIER());
    return new Header(
        protocolId, string(context.title), string(context.version), spans.of(context));
  }

  private Declaration declaration(DeclarationContext context) {
    if (context.codeSystemDeclaration() != null) {
      return codeSystem(context.codeSystemDeclaration());
    }
    if (context.valueSetDeclaration() != null) {
      EligoParser.ValueSetDeclarationContext vs = context.valueSetDeclaration();
      return incomplete(vs.name, vs.codeSet())
          ? null
          : new ValueSetDeclaration(
              identifier(vs.name), string(vs.label), codeSet(vs.codeSet()), spans.of(vs));
    }
    if (context.dataDeclaration() != null) {
      return new DataDeclarationBuilder(this).build(context.dataDeclaration());
    }
    if (context.definition() != null) {
      EligoParser.DefinitionContext definition = context.definition();
      return definition.name == null
          ? null
          : new Definition(
              identifier(definition.name),
              definition.parameters.stream().map(this::identifier).toList(),
              stringOrNull(definition.label),
              expression(definition.expression()),
              spans.of(definition));
    }
    if (context.criterion() != null) {
      return criterion(context.criterion());
    }
    return null;
  }

  private CodeSystemDeclaration codeSystem(EligoParser.CodeSystemDeclarationContext context) {
    if (context.name == null) {
      return null;
    }
    List<String> uris = context.STRING().stream().map(node -> string(node.getSymbol())).toList();
    CodeMatching matching = CodeMatching.EXACT;
    if (context.codeMatching() instanceof EligoParser.PrefixMatchingContext prefix) {
      matching = prefix.DOTS() != null ? CodeMatching.PREFIX_IGNORING_DOTS : CodeMatching.PREFIX;
    }
    return new CodeSystemDeclaration(identifier(context.name), uris, matching, spans.of(context));
  }

  private Criterion criterion(EligoParser.CriterionContext context) {
    if (context.id == null || context.kind == null) {
      return null;
    }
    Criterion.Kind kind =
        context.kind.getType() == EligoLexer.INCLUSION
            ? Criterion.Kind.INCLUSION
            : Criterion.Kind.EXCLUSION;
    List<Criterion.Part> parts = new ArrayList<>();
    for (EligoParser.PartContext part : context.part()) {
      if (part.id != null) {
        parts.add(
            new Criterion.Part(
                identifier(part.id),
                stringOrNull(part.text),
                expression(part.expression()),
                spans.of(part)));
      }
    }
    return new Criterion(
        kind,
        identifier(context.id),
        stringOrNull(context.text),
        expression(context.expression()),
        parts,
        spans.of(context));
  }

  // ---- shared pieces, also used by the data declaration and expression builders ----------------

  CodeSet codeSet(EligoParser.CodeSetContext context) {
    List<CodeSetTerm> included = terms(context.included);
    List<CodeSetTerm> excluded = terms(context.excluded);
    return new CodeSet(included, excluded, spans.of(context));
  }

  private List<CodeSetTerm> terms(List<EligoParser.CodeSetTermContext> contexts) {
    return contexts.stream().map(this::codeSetTerm).filter(Objects::nonNull).toList();
  }

  CodeSetTerm codeSetTerm(EligoParser.CodeSetTermContext context) {
    if (context instanceof EligoParser.InlineCodesContext inline && inline.system != null) {
      List<CodeLiteral> codes = new ArrayList<>();
      for (EligoParser.CodeContext code : inline.code()) {
        String text =
            code.CODE_STRING() != null ? string(code.CODE_STRING().getSymbol()) : code.getText();
        codes.add(new CodeLiteral(text, spans.of(code)));
      }
      return new CodeSetTerm.InlineCodes(identifier(inline.system), codes, spans.of(context));
    }
    if (context instanceof EligoParser.ValueSetReferenceContext reference
        && reference.valueSet != null) {
      return new CodeSetTerm.ValueSetReference(identifier(reference.valueSet), spans.of(context));
    }
    return null;
  }

  dev.eligo.compiler.ast.Expr expression(EligoParser.ExpressionContext context) {
    return expressions.expression(context);
  }

  /** Far longer than any name a person writes; Java's limit on a name is 65,535 bytes. */
  static final int LONGEST_NAME = 200;

  /** Far more digits than any measurement has. */
  static final int LONGEST_NUMBER = 40;

  Identifier identifier(Token token) {
    String text = token.getText();
    if (text.length() > LONGEST_NAME && token.getTokenIndex() >= 0) {
      sink.report(
          DiagnosticCode.TOO_LARGE,
          spans.of(token),
          "a name of "
              + text.length()
              + " characters is too long; at most "
              + LONGEST_NAME
              + " are allowed");
    }
    return new Identifier(text, spans.of(token));
  }

  UnitLiteral unit(TerminalNode node) {
    if (node == null) {
      return new UnitLiteral("1", SourceSpan.NONE);
    }
    Token token = node.getSymbol();
    String text = token.getText();
    return new UnitLiteral(
        text.length() >= 2 ? text.substring(1, text.length() - 1) : "", spans.of(token));
  }

  /**
   * A number as written. A number the parser only assumed (after a syntax error was reported) reads
   * as zero, and one too long to mean anything is reported before it is read.
   */
  BigDecimal number(TerminalNode node) {
    return node == null || node instanceof org.antlr.v4.runtime.tree.ErrorNode
        ? BigDecimal.ZERO
        : number(node.getSymbol());
  }

  BigDecimal number(Token token) {
    if (token.getTokenIndex() < 0 || token.getType() != EligoLexer.NUMBER) {
      return BigDecimal.ZERO;
    }
    String text = token.getText();
    if (text.length() > LONGEST_NUMBER) {
      sink.report(
          DiagnosticCode.INVALID_NUMBER,
          spans.of(token),
          "a number of "
              + text.length()
              + " digits is beyond any measurement; at most "
              + LONGEST_NUMBER
              + " are allowed");
      return BigDecimal.ZERO;
    }
    return new BigDecimal(text);
  }

  SourceSpan span(ParserRuleContext context) {
    return spans.of(context);
  }

  SourceSpan span(Token token) {
    return spans.of(token);
  }

  DiagnosticSink sink() {
    return sink;
  }

  /** The text of a quoted string token without quotes and with escapes resolved; "" when absent. */
  String string(Token token) {
    String value = stringOrNull(token);
    return value == null ? "" : value;
  }

  String stringOrNull(Token token) {
    if (token == null || token.getText() == null || token.getText().length() < 2) {
      return null;
    }
    return StringLiterals.unescape(token, sink, spans);
  }

  boolean incomplete(Object... children) {
    for (Object child : children) {
      if (child == null) {
        return true;
      }
    }
    return false;
  }

  private static String text(TerminalNode node) {
    return node == null ? "" : node.getText();
  }

  /** Called where the tree has a hole; ANTLR must already have said why. */
  dev.eligo.compiler.ast.Expr erroneous(SourceSpan span) {
    if (!sink.hasErrors()) {
      sink.report(DiagnosticCode.SYNTAX_ERROR, span, "cannot read this expression");
    }
    return new dev.eligo.compiler.ast.Expr.Erroneous(span);
  }

  DataDeclaration.RecordKind recordKind(Token token) {
    switch (token.getType()) {
      case EligoLexer.CONDITION:
        return DataDeclaration.RecordKind.CONDITION;
      case EligoLexer.MEDICATION:
        return DataDeclaration.RecordKind.MEDICATION;
      case EligoLexer.PROCEDURE:
        return DataDeclaration.RecordKind.PROCEDURE;
      case EligoLexer.ALLERGY:
        return DataDeclaration.RecordKind.ALLERGY;
      case EligoLexer.SPECIMEN:
        return DataDeclaration.RecordKind.SPECIMEN;
      case EligoLexer.ENCOUNTER:
        return DataDeclaration.RecordKind.ENCOUNTER;
      case EligoLexer.REPORT:
        return DataDeclaration.RecordKind.REPORT;
      case EligoLexer.IMAGING:
        return DataDeclaration.RecordKind.IMAGING;
      case EligoLexer.IMMUNIZATION:
        return DataDeclaration.RecordKind.IMMUNIZATION;
      default:
        throw new IllegalStateException("the grammar has no record kind " + token.getText());
    }
  }
}
