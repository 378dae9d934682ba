package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The codes that stand for a concept: codes and ranges included, minus codes and ranges
 * excluded, each in a named code system that says how its codes match. Immutable; build once as
 * a constant with {@link #builder()}.
 */
public final class ValueSet {
  private final String name;
  private final List<Rule> includes;
  private final List<Rule> excludes;

  /** What a value set includes or excludes: codes of one system, or another value set. */
  private sealed interface Rule {
    boolean covers(Coding coding);

    List<CodeSystemRef> systems();

    /** The {@code system|code} keys this rule can match, when it names single exact codes only. */
    java.util.Optional<java.util.Set<String>> exactKeys();
  }

  /** One code ({@code low == high}) or range of codes in one system. */
  private record CodeRange(CodeSystemRef system, String low, String high) implements Rule {
    @Override
    public boolean covers(Coding coding) {
      return system.identifies(coding.system()) && system.inRange(coding.code(), low, high);
    }

    @Override
    public List<CodeSystemRef> systems() {
      return List.of(system);
    }

    @Override
    public java.util.Optional<java.util.Set<String>> exactKeys() {
      if (system.match() != CodeMatch.EXACT || !low.equals(high)) {
        return java.util.Optional.empty();
      }
      java.util.Set<String> keys = new java.util.HashSet<>();
      system.uris().forEach(uri -> keys.add(key(uri, low)));
      return java.util.Optional.of(keys);
    }

    @Override
    public String toString() {
      return system + " " + (low.equals(high) ? low : low + "-" + high);
    }
  }

  /** Another value set declared once and reused by name. */
  private record Nested(ValueSet valueSet) implements Rule {
    @Override
    public boolean covers(Coding coding) {
      return valueSet.contains(coding);
    }

    @Override
    public List<CodeSystemRef> systems() {
      return valueSet.systems();
    }

    @Override
    public java.util.Optional<java.util.Set<String>> exactKeys() {
      return valueSet.exactKeys();
    }

    @Override
    public String toString() {
      return valueSet.toString();
    }
  }

  private ValueSet(String name, List<Rule> includes, List<Rule> excludes) {
    this.name = name;
    this.includes = List.copyOf(includes);
    this.excludes = List.copyOf(excludes);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the coding is included and not excluded. */
  public boolean contains(Coding coding) {
    return includes.stream().anyMatch(r -> r.covers(coding))
        && excludes.stream().noneMatch(r -> r.covers(coding));
  }

  /**
   * The {@code system|code} keys of every code this value set can contain, when it is made of
   * single codes of exact-match systems (LOINC, SNOMED): lets a reader look records up by code
   * instead of testing each one. Empty when prefixes or ranges are involved.
   */
  public java.util.Optional<java.util.Set<String>> exactKeys() {
    java.util.Set<String> keys = new java.util.HashSet<>();
    for (Rule rule : includes) {
      java.util.Optional<java.util.Set<String>> ruleKeys = rule.exactKeys();
      if (ruleKeys.isEmpty()) {
        return java.util.Optional.empty();
      }
      keys.addAll(ruleKeys.get());
    }
    return java.util.Optional.of(keys);
  }

  /** The key {@link #exactKeys()} uses for a coding: its system and code, trimmed. */
  public static String key(String system, String code) {
    return system.trim() + "|" + code.trim();
  }

  /** Whether any of the codings is in this value set. */
  public boolean containsAny(List<Coding> codings) {
    return codings.stream().anyMatch(this::contains);
  }

  /**
   * Whether any of the codings is in a system this value set uses, so that the value set can
   * classify it at all.
   */
  public boolean classifies(List<Coding> codings) {
    return codings.stream().anyMatch(c -> systems().stream().anyMatch(s -> s.identifies(c.system())));
  }

  /** The code systems the value set's codes come from, in the order first used. */
  public List<CodeSystemRef> systems() {
    LinkedHashSet<CodeSystemRef> systems = new LinkedHashSet<>();
    includes.forEach(r -> systems.addAll(r.systems()));
    excludes.forEach(r -> systems.addAll(r.systems()));
    return new ArrayList<>(systems);
  }

  /** The contents as the protocol would write them, e.g. {@code ICD10 C00-C96 except ICD10 C61}. */
  public String contents() {
    StringJoiner text = new StringJoiner(", ");
    includes.forEach(r -> text.add(r.toString()));
    if (excludes.isEmpty()) {
      return text.toString();
    }
    StringJoiner except = new StringJoiner(", ");
    excludes.forEach(r -> except.add(r.toString()));
    return text + " except " + except;
  }

  @Override
  public String toString() {
    return name != null ? name : contents();
  }

  /** Collects codes and ranges; {@link #build()} makes the value set. */
  public static final class Builder {
    private String name;
    private final List<Rule> includes = new ArrayList<>();
    private final List<Rule> excludes = new ArrayList<>();

    private Builder() {}

    /** The name explanations use for the value set, e.g. {@code autoimmune disease}. */
    public Builder named(String valueSetName) {
      this.name = Objects.requireNonNull(valueSetName, "valueSetName");
      return this;
    }

    public Builder include(CodeSystemRef system, String code) {
      return includeRange(system, code, code);
    }

    public Builder includeRange(CodeSystemRef system, String low, String high) {
      includes.add(rule(system, low, high));
      return this;
    }

    public Builder exclude(CodeSystemRef system, String code) {
      return excludeRange(system, code, code);
    }

    public Builder excludeRange(CodeSystemRef system, String low, String high) {
      excludes.add(rule(system, low, high));
      return this;
    }

    /** Everything another value set contains (less what that one excludes). */
    public Builder includeAll(ValueSet valueSet) {
      includes.add(new Nested(Objects.requireNonNull(valueSet, "valueSet")));
      return this;
    }

    /** Leaves out everything another value set contains. */
    public Builder excludeAll(ValueSet valueSet) {
      excludes.add(new Nested(Objects.requireNonNull(valueSet, "valueSet")));
      return this;
    }

    public ValueSet build() {
      return new ValueSet(name, includes, excludes);
    }

    private static Rule rule(CodeSystemRef system, String low, String high) {
      Objects.requireNonNull(system, "system");
      Objects.requireNonNull(low, "low");
      Objects.requireNonNull(high, "high");
      return new CodeRange(system, low, high);
    }
  }
}
