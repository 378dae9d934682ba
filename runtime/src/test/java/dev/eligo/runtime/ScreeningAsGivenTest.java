package dev.eligo.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.InputInfo.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A screening and its inputs as logs and error messages show them, a true-or-false input given as
 * such, and the longest number an input accepts.
 */
class ScreeningAsGivenTest {
  private static final LocalDate S = LocalDate.of(2026, 11, 24);
  private static final InputInfo FIT =
      new InputInfo("fit", "the investigator judges the patient fit", Kind.TRUTH, "", "");
  private static final InputInfo LEVEL =
      new InputInfo("doseLevel", "the dose level", Kind.NUMBER, "", "");

  @Test
  void aScreening_isShownWithItsDateAndInputs() {
    assertThat(Screening.on(S)).hasToString("screening on 2026-11-24");
    assertThat(Screening.on(S).with("fit", true))
        .hasToString("screening on 2026-11-24 with {fit=true}");
    assertThat(Screening.on(S).with("fit", false).input(FIT).truth()).isFalse();
    ScreeningInput fit = Screening.on(S).with("fit", true).input(FIT);
    assertThat(fit.input()).isSameAs(FIT);
    assertThat(fit).hasToString("fit=true");
    assertThat(Screening.on(S).with("doseLevel", new BigDecimal("2.50")).inputs())
        .containsEntry("doseLevel", "2.50");
  }

  @Test
  void aNumber_ofFortyCharactersIsRead_longerIsRefused() {
    String forty = "1" + "0".repeat(39);
    assertThat(ScreeningInput.read(LEVEL, forty).amount()).isEqualByComparingTo(forty);
    assertThatThrownBy(() -> ScreeningInput.read(LEVEL, forty + "0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the screening input 'doseLevel' is '1");
  }
}
