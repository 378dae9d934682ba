package dev.eligo.runtime.internal.eval;

import dev.eligo.runtime.record.Coding;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * The codes that stand for a concept: codes and ranges included, minus codes and ranges excluded,
 * each in a named code system that says how its codes match. Immutable; build once as a constant
 * with {@link #builder()}.
 */
public final class ValueSet {
  private final String name;
  private final List<Rule> includes;
  private final List<Rule> excludes;
  private final List<CodeSystemRef> systems;
  private final java.util.Optional<java.util.Set<String>> exactKeys;
  private final java.util.Optional<java.util.Set<String>> exactCodes;
  private final CodeIndex included;
  private final CodeIndex excluded;

  /** What a value set includes or excludes: codes of one system, or another value set. */
  private sealed interface Rule {
    /** Adds what the rule covers to an index. */
    void addTo(CodeIndex.Builder index);

    List<CodeSystemRef> systems();

    /** The {@code system|code} keys this rule can match, when it names single exact codes only. */
    java.util.Optional<java.util.Set<String>> exactKeys();

    /** The codes of {@link #exactKeys()} without their systems. */
    java.util.Optional<java.util.Set<String>> exactCodes();
  }

  /**
   * One code ({@code low == high}) or range of codes in one system, with both ends as the system
   * compares them, worked out once.
   */
  private record CodeRange(
      CodeSystemRef system, String low, String high, String normalLow, String normalHigh)
      implements Rule {
    CodeRange(CodeSystemRef system, String low, String high) {
      this(system, low, high, system.normalize(low), system.normalize(high));
    }

    @Override
    public void addTo(CodeIndex.Builder index) {
      index.range(system, normalLow, normalHigh);
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
    public java.util.Optional<java.util.Set<String>> exactCodes() {
      return exactKeys().map(keys -> java.util.Set.of(normalLow));
    }

    @Override
    public String toString() {
      return system + " " + (low.equals(high) ? low : low + "-" + high);
    }
  }

  /** Another value set declared once and reused by name. */
  private record Nested(ValueSet valueSet) implements Rule {
    @Override
    public void addTo(CodeIndex.Builder index) {
      index.valueSet(valueSet);
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
    public java.util.Optional<java.util.Set<String>> exactCodes() {
      return valueSet.exactCodes();
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
    LinkedHashSet<CodeSystemRef> used = new LinkedHashSet<>();
    this.includes.forEach(r -> used.addAll(r.systems()));
    this.excludes.forEach(r -> used.addAll(r.systems()));
    this.systems = List.copyOf(used);
    this.exactKeys = exact(this.includes, Rule::exactKeys);
    this.exactCodes = exact(this.includes, Rule::exactCodes);
    this.included = index(this.includes);
    this.excluded = index(this.excludes);
  }

  private static CodeIndex index(List<Rule> rules) {
    CodeIndex.Builder index = CodeIndex.builder();
    rules.forEach(rule -> rule.addTo(index));
    return index.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Whether the coding is included and not excluded. */
  public boolean contains(Coding coding) {
    return included.covers(coding) && !excluded.covers(coding);
  }

  /**
   * The {@code system|code} keys of every code this value set can contain, when it is made of
   * single codes of exact-match systems (LOINC, SNOMED): lets a reader look records up by code
   * instead of testing each one. Empty when prefixes or ranges are involved.
   */
  public java.util.Optional<java.util.Set<String>> exactKeys() {
    return exactKeys;
  }

  private static java.util.Optional<java.util.Set<String>> exact(
      List<Rule> includes,
      java.util.function.Function<Rule, java.util.Optional<java.util.Set<String>>> ofRule) {
    java.util.Set<String> all = new java.util.HashSet<>();
    for (Rule rule : includes) {
      java.util.Optional<java.util.Set<String>> ruleKeys = ofRule.apply(rule);
      if (ruleKeys.isEmpty()) {
        return java.util.Optional.empty();
      }
      all.addAll(ruleKeys.get());
    }
    return java.util.Optional.of(java.util.Set.copyOf(all));
  }

  /**
   * The codes (without their systems) of every code this value set can contain, when {@link
   * #exactKeys()} is not empty: a record whose codings have none of them is not in it.
   */
  public java.util.Optional<java.util.Set<String>> exactCodes() {
    return exactCodes;
  }

  /** The key {@link #exactKeys()} uses for a coding: its system and code, trimmed. */
  public static String key(String system, String code) {
    return system.trim() + "|" + code.trim();
  }

  /** Whether any of the codings is in this value set. */
  public boolean containsAny(List<Coding> codings) {
    for (int i = 0; i < codings.size(); i++) {
      if (contains(codings.get(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether any of the codings is in a system this value set uses, so that the value set can
   * classify it at all.
   */
  public boolean classifies(List<Coding> codings) {
    return CodeSystemRef.anyIdentifies(systems, codings);
  }

  /** The code systems the value set's codes come from, in the order first used. */
  public List<CodeSystemRef> systems() {
    return systems;
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
