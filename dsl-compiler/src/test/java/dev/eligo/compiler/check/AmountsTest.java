package dev.eligo.compiler.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.ast.Children;
import dev.eligo.compiler.ast.CriteriaFile;
import dev.eligo.compiler.ast.Criterion;
import dev.eligo.compiler.ast.Expr;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.diagnostic.DiagnosticSink;
import dev.eligo.compiler.parse.CriteriaParser;
import dev.eligo.compiler.source.SourceFile;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether the amounts of a {@code sum} can never be negative: then an unknown amount can only raise
 * the total and the known amounts are a floor ({@code sum ... >= limit} can be met although some
 * amounts are unknown). Saying so of an amount that can be negative would meet criteria that are
 * not met; the generated code carries the answer as a flag of the runtime's sum.
 */
class AmountsTest {
  private static final String DECLARATIONS =
      """
      protocol NCT00000001
        title "Sums"
        version "1"

      codesystem LOINC = "http://loinc.org"
      codesystem ATC = "http://www.whocc.no/atc" matching prefix

      observation psa "PSA": LOINC {2857-1}
        quantity 'ng/mL'
      medication steroid "systemic corticosteroid": ATC {H02AB}
      medication cyclosporine "cyclosporine": ATC {L04AD01}

      define fixedDose = 5 'mg'
      define belowFour = 4 'ng/mL' - (latest psa)
      define perDay(use) = use.dailyDose in 'mg/d'
      define itself(use) = use.dose
      """;

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          sum u in steroid of 3 'mg'                                                      | 0 'mg'   | true
          sum u in steroid of u.dose in 'mg'                                              | 0        | true
          sum u in steroid of u.dailyDose in 'mg/d'                                       | 0        | true
          sum u in steroid of (u.dailyDose in 'mg/d') * 2                                 | 0        | true
          sum u in steroid of (u.dailyDose in 'mg/d') + 1                                 | 0        | true
          sum u in steroid of (u.dailyDose in 'mg/d') - 1                                 | 0        | false
          sum u in steroid of (u.dailyDose in 'mg/d') / 2                                 | 0        | true
          sum p in psa of p.value                                                         | 0 'ng/mL'| false
          sum p in psa of p                                                               | 0 'ng/mL'| false
          sum p in psa of -(p.value)                                                      | 0 'ng/mL'| false
          sum e in episodes(cyclosporine, 1 days) of (e.duration in days)                 | 0        | true
          sum u in steroid of count psa                                                   | 0        | true
          sum u in steroid of (count p in psa where p.value > 1 'ng/mL')                  | 0        | true
          sum u in steroid of (latest psa).value                                          | 0 'ng/mL'| false
          sum u in steroid of fixedDose                                                   | 0 'mg'   | true
          sum u in steroid of belowFour                                                   | 0 'ng/mL'| false
          sum u in steroid of perDay(u)                                                   | 0        | true
          sum u in steroid of itself(u) in 'mg'                                           | 0        | true
          sum u in steroid of doseDays(steroid)                                           | 0        | true
          sum u in steroid of (if exists psa then 1 'mg' else 2 'mg')                     | 0 'mg'   | true
          sum u in steroid of (if exists psa then 1 'mg' else 0 'mg' - 1 'mg')            | 0 'mg'   | false
          sum u in steroid of (if exists psa then 0 'mg' - 1 'mg' else 1 'mg')            | 0 'mg'   | false
          sum u in steroid of (let k = 2 in u.dose in 'mg')                               | 0        | true
          sum u in steroid of (let k = 2 in 0 - u.dose in 'mg')                           | 0        | false
          sum u in steroid of (sum v in steroid of v.dose in 'mg')                        | 0        | true
          sum u in steroid of (sum v in steroid of 0 - v.dose in 'mg')                    | 0        | false
          """)
  void amountsOfASum_cannotBeNegative_onlyWhenNoneCan(String sum, String zero, boolean expected) {
    String source = DECLARATIONS + "\ninclusion I1 \"Sum.\"\n  = (" + sum + ") >= " + zero + "\n";
    DiagnosticSink sink = new DiagnosticSink(new SourceFile("sums.eligo", source));
    CriteriaFile file = CriteriaParser.parse(sink);
    CheckedFile checked = Checker.check(file, sink);
    assertThat(sink.diagnostics().stream().filter(d -> d.isError()).toList())
        .as(DiagnosticPrinter.print(sink.diagnostics()))
        .isEmpty();

    Criterion criterion = file.declarations(Criterion.class).get(0);
    List<Expr.Sum> sums =
        Children.all(criterion.body()).stream()
            .filter(Expr.Sum.class::isInstance)
            .map(Expr.Sum.class::cast)
            .toList();

    assertThat(checked.amountsCannotBeNegative(sums.get(0))).isEqualTo(expected);
  }
}
