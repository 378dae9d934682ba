package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.Coding;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A value set answers through an index by code system ({@link CodeIndex}); it must answer as
 * testing each of its codes and ranges in turn does: a coding is in it when its system is one a
 * code or range is in, and its code in that range ({@link CodeSystemRef#inRange}), and no code,
 * range or value set excluded says otherwise. Codes are drawn from a few letters and digits, with
 * dots, spaces, lower case and letters whose upper case is ASCII (ß, ı), and a coding's code with
 * spaces around, so that codes, prefixes and range ends meet often.
 */
class ValueSetIndexProperty {
  private static final String ONE_URI = "http://example.org/one";
  private static final String OTHER_URI = "http://example.org/other";
  // One system per way of matching, one system under two URIs, two systems sharing a URI, and a
  // system equal to another but made apart from it.
  private static final List<CodeSystemRef> SYSTEMS =
      List.of(
          CodeSystemRef.of("EXACT", CodeMatch.EXACT, ONE_URI),
          CodeSystemRef.of("PREFIX", CodeMatch.PREFIX, OTHER_URI),
          CodeSystemRef.of("DOTS", CodeMatch.PREFIX_IGNORING_DOTS, ONE_URI, OTHER_URI),
          CodeSystemRef.of("EXACT2", CodeMatch.EXACT, OTHER_URI),
          CodeSystemRef.of("EXACT", CodeMatch.EXACT, ONE_URI));

  /** One code or range of a value set, included or excluded. */
  record Part(boolean excluded, CodeSystemRef system, String low, String high) {}

  /** A value set and, beside it, what it was built from. */
  record Built(
      ValueSet valueSet, List<Part> parts, List<Built> includedSets, List<Built> excludedSets) {}

  @Property(tries = 3000)
  void contains_answersAsEachCodeAndRangeInTurn(
      @ForAll("valueSets") Built built, @ForAll("codings") Coding coding) {
    assertThat(built.valueSet().contains(coding))
        .as("%s contains %s", built.valueSet().contents(), coding)
        .isEqualTo(inTurn(built, coding));
  }

  private static boolean inTurn(Built built, Coding coding) {
    if (built.excludedSets().stream().anyMatch(set -> inTurn(set, coding))) {
      return false;
    }
    boolean included = built.includedSets().stream().anyMatch(set -> inTurn(set, coding));
    for (Part part : built.parts()) {
      if (covers(part, coding)) {
        if (part.excluded()) {
          return false;
        }
        included = true;
      }
    }
    return included;
  }

  private static boolean covers(Part part, Coding coding) {
    return part.system().identifies(coding.system())
        && part.system().inRange(coding.code(), part.low(), part.high());
  }

  @Provide
  Arbitrary<Built> valueSets() {
    Arbitrary<List<Built>> none = Arbitraries.just(List.of());
    Arbitrary<List<Built>> plain = builtFrom(parts(), none, none).list().ofMaxSize(2);
    return builtFrom(parts(), plain, plain);
  }

  private static Arbitrary<Built> builtFrom(
      Arbitrary<List<Part>> parts,
      Arbitrary<List<Built>> included,
      Arbitrary<List<Built>> excluded) {
    return Combinators.combine(parts, included, excluded)
        .as(
            (ps, ins, outs) -> {
              ValueSet.Builder builder = ValueSet.builder();
              for (Part p : ps) {
                if (p.excluded()) {
                  builder.excludeRange(p.system(), p.low(), p.high());
                } else {
                  builder.includeRange(p.system(), p.low(), p.high());
                }
              }
              ins.forEach(set -> builder.includeAll(set.valueSet()));
              outs.forEach(set -> builder.excludeAll(set.valueSet()));
              return new Built(builder.build(), ps, ins, outs);
            });
  }

  private static Arbitrary<List<Part>> parts() {
    Arbitrary<Part> part =
        Combinators.combine(
                Arbitraries.of(true, false, false),
                Arbitraries.of(SYSTEMS),
                codes(),
                codes(),
                Arbitraries.of(true, false))
            .as(
                (excluded, system, low, high, single) ->
                    new Part(excluded, system, low, single ? low : high));
    return part.list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Coding> codings() {
    Arbitrary<String> system =
        Arbitraries.of(ONE_URI, OTHER_URI, " " + ONE_URI, OTHER_URI + " ", "http://elsewhere");
    Arbitrary<String> code =
        Combinators.combine(Arbitraries.of("", " ", "\t"), codes(), Arbitraries.of("", " "))
            .as((before, c, after) -> before + c + after);
    return Combinators.combine(system, code).as(Coding::of);
  }

  private static Arbitrary<String> codes() {
    return Arbitraries.strings().withChars("AAbBc12.. ßı").ofMinLength(1).ofMaxLength(4);
  }

  /**
   * A space after a dot is compared, where dots are ignored: ". A" is in the range from "." (which
   * says nothing) to "9", as its space comes before 9. An index by the code's first letter (A) must
   * not pass the range over.
   */
  @Example
  void aSpaceAfterADot_isTheCharacterCompared() {
    CodeSystemRef dots = SYSTEMS.get(2);
    ValueSet valueSet = ValueSet.builder().includeRange(dots, ".", "9").build();
    assertThat(valueSet.contains(Coding.of(ONE_URI, ". A"))).isTrue();
    assertThat(valueSet.contains(Coding.of(ONE_URI, "A"))).isFalse();
  }
}
