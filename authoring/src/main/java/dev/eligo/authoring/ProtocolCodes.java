package dev.eligo.authoring;

import dev.eligo.compiler.ast.CodeLiteral;
import dev.eligo.compiler.ast.CodeSet;
import dev.eligo.compiler.ast.CodeSetTerm;
import dev.eligo.compiler.ast.CodeSystemDeclaration;
import dev.eligo.compiler.ast.ValueSetDeclaration;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.runtime.internal.eval.CodeMatch;
import dev.eligo.runtime.internal.eval.CodeSystemRef;
import dev.eligo.runtime.internal.eval.ValueSet;
import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code sets of a checked criteria file as the runtime matches them: each code set becomes the
 * same {@link ValueSet} the generated evaluator builds, so tools decide membership exactly as
 * screening does. Also names the codes written in a set, for records that must carry one.
 */
public final class ProtocolCodes {
  private final Map<String, CodeSystemDeclaration> systemsByName = new HashMap<>();
  private final Map<String, ValueSetDeclaration> valueSetsByName = new HashMap<>();
  private final Map<CodeSystemDeclaration, CodeSystemRef> systems = new IdentityHashMap<>();
  private final Map<ValueSetDeclaration, ValueSet> valueSets = new IdentityHashMap<>();

  public ProtocolCodes(CheckedFile file) {
    file.ast()
        .declarations(CodeSystemDeclaration.class)
        .forEach(s -> systemsByName.put(s.name().text(), s));
    file.ast()
        .declarations(ValueSetDeclaration.class)
        .forEach(v -> valueSetsByName.put(v.name().text(), v));
  }

  /**
   * The code system of this name. Terms are resolved by name, so that terms written outside the
   * criteria file (in examples) resolve as the checker resolved those inside it.
   */
  public Optional<CodeSystemDeclaration> system(String name) {
    return Optional.ofNullable(systemsByName.get(name));
  }

  /** The value set of this name. */
  public Optional<ValueSetDeclaration> valueSet(String name) {
    return Optional.ofNullable(valueSetsByName.get(name));
  }

  /** The declaration a code set term's system name stands for; the term must have been checked. */
  public CodeSystemDeclaration systemOf(CodeSetTerm.InlineCodes codes) {
    return system(codes.system().text())
        .orElseThrow(() -> new IllegalStateException("unchecked system " + codes.system()));
  }

  /** The value set a reference names; the term must have been checked. */
  public ValueSetDeclaration valueSetOf(CodeSetTerm.ValueSetReference reference) {
    return valueSet(reference.name().text())
        .orElseThrow(() -> new IllegalStateException("unchecked value set " + reference.name()));
  }

  /** The runtime's matcher of a code system. */
  public CodeSystemRef ref(CodeSystemDeclaration system) {
    return systems.computeIfAbsent(
        system,
        s ->
            CodeSystemRef.of(
                s.name().text(),
                CodeMatch.valueOf(s.matching().name()),
                s.uris().toArray(String[]::new)));
  }

  /** The code set as the runtime matches it. */
  public ValueSet valueSet(CodeSet codes) {
    ValueSet.Builder builder = ValueSet.builder();
    codes.included().forEach(term -> add(builder, term, true));
    codes.excluded().forEach(term -> add(builder, term, false));
    return builder.build();
  }

  /** One code set term alone (what follows {@code in}, or a fact's {@code code} clause). */
  public ValueSet valueSet(CodeSetTerm term) {
    ValueSet.Builder builder = ValueSet.builder();
    add(builder, term, true);
    return builder.build();
  }

  /**
   * The first code written in the set that the set contains (a range stands for its low end), as a
   * coding in the system's first URI: the code a made-up record of the concept carries.
   */
  public Optional<Coding> firstMember(CodeSet codes) {
    ValueSet set = valueSet(codes);
    for (Coding candidate : written(codes.included())) {
      if (set.contains(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Every code written in the terms, in order, each as a coding in its system's first URI. */
  public List<Coding> written(List<CodeSetTerm> terms) {
    List<Coding> codings = new ArrayList<>();
    for (CodeSetTerm term : terms) {
      if (term instanceof CodeSetTerm.ValueSetReference reference) {
        ValueSetDeclaration declaration = valueSetOf(reference);
        codings.addAll(written(declaration.codes().included()));
        continue;
      }
      CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
      if (isUri(inline.system().text())) {
        inline
            .codes()
            .forEach(code -> codings.add(new Coding(inline.system().text(), code.text(), null)));
        continue;
      }
      CodeSystemDeclaration system = systemOf(inline);
      for (CodeLiteral code : inline.codes()) {
        String text = isRange(system, code) ? code.text().split("-", 2)[0] : code.text();
        codings.add(new Coding(system.uris().get(0), text, null));
      }
    }
    return codings;
  }

  /**
   * Whether a system is written as its URI rather than a declared name: a record coded in a system
   * the criteria file does not use (examples write {@code code "http://..." {1986866}}).
   */
  public static boolean isUri(String system) {
    return system.contains(":");
  }

  /** Whether a written code is a range {@code LOW-HIGH}: only in systems matched by prefix. */
  public static boolean isRange(CodeSystemDeclaration system, CodeLiteral code) {
    return system.matching() != CodeSystemDeclaration.CodeMatching.EXACT
        && code.text().contains("-");
  }

  private void add(ValueSet.Builder builder, CodeSetTerm term, boolean include) {
    if (term instanceof CodeSetTerm.ValueSetReference reference) {
      ValueSet nested = declared(valueSetOf(reference));
      if (include) {
        builder.includeAll(nested);
      } else {
        builder.excludeAll(nested);
      }
      return;
    }
    CodeSetTerm.InlineCodes inline = (CodeSetTerm.InlineCodes) term;
    CodeSystemDeclaration system = systemOf(inline);
    CodeSystemRef ref = ref(system);
    for (CodeLiteral code : inline.codes()) {
      if (isRange(system, code)) {
        String[] ends = code.text().split("-", 2);
        if (include) {
          builder.includeRange(ref, ends[0], ends[1]);
        } else {
          builder.excludeRange(ref, ends[0], ends[1]);
        }
      } else if (include) {
        builder.include(ref, code.text());
      } else {
        builder.exclude(ref, code.text());
      }
    }
  }

  private ValueSet declared(ValueSetDeclaration declaration) {
    ValueSet existing = valueSets.get(declaration);
    if (existing == null) {
      existing = valueSet(declaration.codes());
      valueSets.put(declaration, existing);
    }
    return existing;
  }
}
