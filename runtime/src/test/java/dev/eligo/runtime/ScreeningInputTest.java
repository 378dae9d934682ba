package dev.eligo.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.eligo.runtime.result.InputInfo;
import dev.eligo.runtime.result.InputInfo.Kind;
import dev.eligo.runtime.result.ProtocolInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screening inputs read from text, each kind and each mistake, and {@code NAME=VALUE} as a command
 * line gives them: the one reader behind the screening's check and the evaluation's values.
 */
class ScreeningInputTest {
  private static final InputInfo REGISTRATION =
      new InputInfo("registration", "the date of registration", Kind.DATE, "", "");
  private static final InputInfo LEVEL =
      new InputInfo("doseLevel", "the dose level", Kind.NUMBER, "", "");
  private static final InputInfo DOSE =
      new InputInfo("plannedDose", "the planned first dose", Kind.QUANTITY, "mg", "");
  private static final InputInfo ARM =
      new InputInfo("arm", "the treatment arm", Kind.CODE, "", "urn:eligo:local:arm");
  private static final InputInfo FIT =
      new InputInfo("fit", "the investigator judges the patient fit", Kind.TRUTH, "", "");

  @Test
  void eachKindReadsItsValue() {
    assertThat(ScreeningInput.read(REGISTRATION, " 2026-11-02 ").date())
        .isEqualTo(LocalDate.of(2026, 11, 2));
    assertThat(ScreeningInput.read(LEVEL, "2.5").amount()).isEqualByComparingTo("2.5");
    assertThat(ScreeningInput.read(DOSE, "10").amount()).isEqualByComparingTo("10");
    assertThat(ScreeningInput.read(DOSE, "10 mg").amount()).isEqualByComparingTo("10");
    assertThat(ScreeningInput.read(DOSE, "10   mg").text()).isEqualTo("10   mg");
    assertThat(ScreeningInput.read(ARM, "B").code()).isEqualTo("B");
    assertThat(ScreeningInput.read(FIT, "true").truth()).isTrue();
    assertThat(ScreeningInput.read(FIT, "false").truth()).isFalse();
  }

  @Test
  void unknownIsAValueOfEveryKind_withNoValueToTake() {
    for (InputInfo input : List.of(REGISTRATION, LEVEL, DOSE, ARM, FIT)) {
      ScreeningInput undecided = ScreeningInput.read(input, "unknown");
      assertThat(undecided.isUnknown()).as(input.name()).isTrue();
    }
    assertThatThrownBy(() -> ScreeningInput.read(ARM, "unknown").code())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("arm is not decided");
    assertThat(ScreeningInput.read(ARM, "B").isUnknown()).isFalse();
  }

  @Test
  void aValueIsTakenOnlyAsItsKind() {
    assertThatThrownBy(() -> ScreeningInput.read(ARM, "B").date())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("arm is a CODE input");
    assertThatThrownBy(() -> ScreeningInput.read(LEVEL, "2").truth())
        .isInstanceOf(IllegalStateException.class);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "registration | 2026-13-02 | '2026-13-02': give a date such as 2026-11-02",
        "registration | 02/11/2026 | '02/11/2026': give a date such as 2026-11-02",
        "doseLevel | two | 'two': give a number such as 2.5",
        "doseLevel | 1e99999999999999999999999999999999999999999 | '1e99999999999999999999999999999999999999999': give a number such as 2.5",
        "plannedDose | 10 g | '10 g', in g: give a number of mg such as 10 or 10 mg",
        "plannedDose | ten mg | 'ten mg': give a number of mg such as 10 or 10 mg",
        "arm | '' | '': give a code of urn:eligo:local:arm",
        "fit | yes | 'yes': give true or false",
        "fit | Unknown | 'Unknown': give true or false",
      })
  void eachMistakeIsSaidWithTheInputAndHowToWriteIt(String name, String text, String said) {
    InputInfo input =
        List.of(REGISTRATION, LEVEL, DOSE, ARM, FIT).stream()
            .filter(i -> i.name().equals(name))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> ScreeningInput.read(input, text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the screening input '"
                + name
                + "' is "
                + said
                + ", or unknown while it is not decided");
  }

  @Test
  void problemsFor_saysWhatIsMissing_unreadable_andNotDeclared() {
    ProtocolInfo protocol = protocol(REGISTRATION, DOSE);
    Screening screening =
        Screening.on(LocalDate.of(2026, 11, 24)).with("plannedDose", "10 g").with("arms", "B");

    assertThat(screening.problemsFor(protocol))
        .containsExactly(
            "the screening input 'registration' (the date of registration) is missing: give a"
                + " date such as 2026-11-02",
            "the screening input 'plannedDose' is '10 g', in g: give a number of mg such as 10 or"
                + " 10 mg, or unknown while it is not decided",
            "NCT0 has no screening input 'arms'; its inputs are registration, plannedDose");
    assertThat(
            Screening.on(LocalDate.of(2026, 11, 24))
                .with("registration", "2026-11-02")
                .with("plannedDose", new BigDecimal("10"))
                .problemsFor(protocol))
        .isEmpty();
  }

  @Test
  void input_readsTheValueGivenForADeclaredInput() {
    Screening screening =
        Screening.on(LocalDate.of(2026, 11, 24)).with("registration", LocalDate.of(2026, 11, 2));
    assertThat(screening.input(REGISTRATION).date()).isEqualTo(LocalDate.of(2026, 11, 2));
    assertThatThrownBy(() -> screening.input(DOSE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the screening input 'plannedDose' (the planned first dose) is");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "arm=B                   | arm          | B",
        "registration=2026-11-02 | registration | 2026-11-02",
        "arm=                    | arm          | ''",
        "note=a=b                | note         | a=b",
        "' arm =B'               | arm          | B",
      })
  void withInput_readsNameEqualsValue(String assignment, String name, String value) {
    Screening screening = Screening.on(LocalDate.of(2026, 11, 24)).withInput(assignment);
    assertThat(screening.inputs()).containsExactly(java.util.Map.entry(name, value));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "registration | 'registration' is not NAME=VALUE, such as arm=B or registration=2026-11-02",
        "=B           | '=B' is not NAME=VALUE, such as arm=B or registration=2026-11-02",
        "''           | '' is not NAME=VALUE, such as arm=B or registration=2026-11-02",
      })
  void withInput_refusesWhatIsNotNameEqualsValue(String assignment, String message) {
    assertThatThrownBy(() -> Screening.on(LocalDate.of(2026, 11, 24)).withInput(assignment))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void withInput_refusesAnInputGivenTwice() {
    Screening once = Screening.on(LocalDate.of(2026, 11, 24)).withInput("arm=B");
    assertThatThrownBy(() -> once.withInput("arm=C"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the screening input 'arm' is given twice: give it once");
  }

  private static ProtocolInfo protocol(InputInfo... inputs) {
    return new ProtocolInfo("NCT0", "a protocol", "1", List.of(), List.of(inputs));
  }
}
