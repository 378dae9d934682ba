package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.testing.SmallProtocol;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A misspelt name or word is answered with the nearest one only when it is near enough to be a
 * likely typo: at most a third of its length (at least 1) away. At exactly one more, nothing is
 * suggested. The whole message is compared, so that a suggestion where none belongs fails.
 */
class MisspellingsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          exists ps                                | 3:12 ELG0201 unknown name 'ps'; did you mean 'psa'?
          exists pzz                               | 3:12 ELG0201 unknown name 'pzz'
          exists (adt where status is acitve)      | 3:33 ELG0214 'acitve' is not a status of a medication use; did you mean 'active'? (it is one of active, inProgress, completed, stopped, onHold, intended, notTaken, notDone, cancelled, draft, preparation, declined, enteredInError)
          exists (adt where status is acxxxe)      | 3:33 ELG0214 'acxxxe' is not a status of a medication use (it is one of active, inProgress, completed, stopped, onHold, intended, notTaken, notDone, cancelled, draft, preparation, declined, enteredInError)
          exists (adt where status is dxxft)       | 3:33 ELG0214 'dxxft' is not a status of a medication use (it is one of active, inProgress, completed, stopped, onHold, intended, notTaken, notDone, cancelled, draft, preparation, declined, enteredInError)
          """)
  void misspelling_isAnsweredWithTheNearestOnlyWhenNearEnough(String expression, String error) {
    List<String> errors =
        SmallProtocol.errors(
            "medication adt \"androgen deprivation therapy\": LOINC {0}",
            "inclusion I1 \"text\"", "  = " + expression);

    assertThat(errors).containsExactly(error);
  }
}
