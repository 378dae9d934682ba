package dev.eligo.runtime.internal.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.Evidence;
import dev.eligo.runtime.result.Truth;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Runs of a list overlap: the runs of three of five items hold four pairs between them, not six.
 * Each pair is one object however many runs hold it, and a test asked of it is worked out once;
 * what each run is told is what it would be told alone.
 */
class PairsOfRunsTest {
  private static final LocalDate S = LocalDate.of(2026, 11, 24);

  private static Items<Integer> numbers(Origin origin, Integer... values) {
    List<Member<Integer>> members = new ArrayList<>();
    for (Integer v : values) {
      members.add(Member.definite(v));
    }
    return new Items<>("values", "", members, Evidence.none(), origin);
  }

  private static Origin inAnEvaluation() {
    return new Origin(
        new Evaluation(Fixtures.PROTOCOL, PatientRecord.builder("p1").build(), S), null, null);
  }

  @Test
  void theRunsOfAList_shareItsPairs_andATestOfAPairIsWorkedOutOnce() {
    Items<Integer> values = numbers(inAnEvaluation(), 1, 2, 3, 2, 5);
    AtomicInteger asked = new AtomicInteger();
    Function<Value<Pair<Integer>>, Truth> rises =
        step -> {
          asked.incrementAndGet();
          Pair<Integer> p = step.get();
          return Truth.of(p.later() > p.earlier(), "rises", Evidence.none());
        };

    List<Truth> perRun = new ArrayList<>();
    List<Pair<Integer>> seen = new ArrayList<>();
    for (Member<Items<Integer>> run : Lists.runs(values, 3).members()) {
      Items<Pair<Integer>> pairs = Lists.pairs(run.item());
      pairs.members().forEach(m -> seen.add(m.item()));
      perRun.add(Lists.all(pairs, rises));
    }

    assertThat(perRun).extracting(Truth::isTrue).containsExactly(true, false, false);
    assertThat(asked).as("four pairs, each asked once").hasValue(4);
    assertThat(seen).hasSize(6);
    assertThat(seen.get(1)).as("the second pair of the first run").isSameAs(seen.get(2));
    assertThat(seen.get(3)).as("the second pair of the second run").isSameAs(seen.get(4));
  }

  @Test
  void aTestMadeAnewForEachRun_isAskedOfEveryPairOfEveryRun() {
    Items<Integer> values = numbers(inAnEvaluation(), 1, 2, 3, 4);
    AtomicInteger asked = new AtomicInteger();
    for (Member<Items<Integer>> run : Lists.runs(values, 3).members()) {
      Items<Integer> thisRun = run.item();
      // A test that reads its run (as a criterion's may) is a new object for each run.
      Function<Value<Pair<Integer>>, Truth> risesInRun =
          step -> {
            asked.incrementAndGet();
            return Truth.of(thisRun.members().size() == 3, "in a run of three", Evidence.none());
          };
      assertThat(Lists.all(Lists.pairs(thisRun), risesInRun).isTrue()).isTrue();
    }
    assertThat(asked).as("two runs of two pairs").hasValue(4);
  }

  @Test
  void outsideAnEvaluation_pairsAreMadeForEachList_andTellTheSame() {
    Items<Integer> values = numbers(Origin.NONE, 3, 1, 2);
    Items<Pair<Integer>> pairs = Lists.pairs(values);
    assertThat(pairs.members())
        .extracting(m -> m.item().earlier() + ">" + m.item().later())
        .containsExactly("3>1", "1>2");
    assertThat(pairs.concept()).isEqualTo("consecutive pairs of values");
  }
}
