package dev.eligo.cli.screen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.runtime.ProtocolEvaluator;
import dev.eligo.runtime.Screening;
import dev.eligo.runtime.record.PatientRecord;
import dev.eligo.runtime.result.ProtocolInfo;
import dev.eligo.runtime.result.ScreeningResult;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * A screening that overruns its budget is stopped, and the next patient is screened all the same.
 */
class BudgetTest {
  private static final ProtocolInfo PROTOCOL = new ProtocolInfo("P1", "A protocol", "1", List.of());
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

  @Test
  void screening_overBudget_isStoppedByInterruptAndNamesTheBudget() {
    AtomicBoolean interrupted = new AtomicBoolean();
    ProtocolEvaluator slow =
        evaluator(
            patient -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                interrupted.set(true);
                throw new java.util.concurrent.CancellationException("stopped");
              }
            });
    try (Budget budget = new Budget(slow, Duration.ofMillis(200))) {
      Budget.Outcome outcome = budget.screen(PatientRecord.builder("slow").build(), AS_OF);
      assertThat(outcome.failure())
          .isEqualTo(
              "screening took longer than the per-patient budget of 200 ms (--patient-timeout) and was stopped");
    }
    assertThat(interrupted).isTrue();
  }

  @Test
  void screening_thatIgnoresTheInterrupt_isLeftBehindAndTheNextPatientIsScreened() {
    AtomicBoolean stop = new AtomicBoolean();
    ProtocolEvaluator stubborn =
        evaluator(
            patient -> {
              if (patient.id().equals("stuck")) {
                while (!stop.get()) {
                  Thread.onSpinWait(); // never looks at its interrupt, like a long BigDecimal.pow
                }
              }
            });
    try (Budget budget = new Budget(stubborn, Duration.ofMillis(100))) {
      assertThat(budget.screen(PatientRecord.builder("stuck").build(), AS_OF).failure())
          .contains("budget of 100 ms");
      Budget.Outcome next = budget.screen(PatientRecord.builder("next").build(), AS_OF);
      assertThat(next.failure()).isNull();
      assertThat(next.result().patientId()).isEqualTo("next");
    } finally {
      stop.set(true);
    }
  }

  private static ProtocolEvaluator evaluator(java.util.function.Consumer<PatientRecord> work) {
    return new ProtocolEvaluator() {
      @Override
      public ProtocolInfo protocol() {
        return PROTOCOL;
      }

      @Override
      public ScreeningResult screen(PatientRecord patient, Screening screening) {
        work.accept(patient);
        return ScreeningResult.decide(PROTOCOL, patient.id(), screening.date(), List.of());
      }
    };
  }
}
