package dev.eligo.compiler.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eligo.compiler.EligoCompiler;
import dev.eligo.compiler.ast.Definition;
import dev.eligo.compiler.check.CheckedFile;
import dev.eligo.compiler.diagnostic.DiagnosticPrinter;
import dev.eligo.compiler.source.SourceFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How explanations name what a file computes, in a screener's words: declared labels, field names
 * and the table's phrases, one row per kind of expression.
 */
class PhrasesTest {
  private static final String DECLARATIONS =
      """
      protocol NCT00000001
        title "Phrases"
        version "1"

      codesystem LOINC = "http://loinc.org"
      codesystem ATC = "http://www.whocc.no/atc" matching prefix
      codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10" matching prefix ignoring dots

      input consent "the date of informed consent": date
      input fit "the investigator judges the patient fit": truth

      valueset inSitu "carcinoma in situ" = ICD10 {D00-D09}
      observation psa "PSA": LOINC {2857-1}
        quantity 'ng/mL'
      condition cancer "another cancer": ICD10 {C00-C96}
      medication adt "androgen deprivation therapy": ATC {L02}
      """;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
          (latest psa).date                                     | date of the latest PSA
          all p in pairs(series(psa)) satisfies p.next.value > p.previous.value | every p of consecutive pairs of PSA with value of the later of p above value of the earlier of p
          psa within 28 days before consent                     | PSA in the 28 days before the date of informed consent
          psa within 1 days after screening                     | PSA in the 1 day after screening
          psa within 2 weeks of consent                         | PSA within 2 weeks of the date of informed consent
          age at consent                                        | age at the date of informed consent
          psa before consent                                    | PSA before the date of informed consent
          psa on or before consent                              | PSA on or before the date of informed consent
          psa after screening                                   | PSA after screening
          psa on or after consent                               | PSA on or after the date of informed consent
          psa from consent to screening                         | PSA from the date of informed consent to screening
          psa during (latest adt)                               | PSA during the latest androgen deprivation therapy
          age in years                                          | age in years
          (latest psa) in 'ug/L'                                | the latest PSA in ug/L
          let u = (latest psa) in 'ug/L' in u > 2               | u above 2 (u being the latest PSA in ug/L)
          exists psa                                            | any PSA
          count psa                                             | the number of PSA
          latest psa                                            | the latest PSA
          earliest psa                                          | the earliest PSA
          -(latest psa).value                                   | minus value of the latest PSA
          -(1 + 2)                                              | minus (1 + 2)
          1 + 2 - 3 * 4 / 5                                     | (1 + 2) − ((3 × 4) / 5)
          (if fit then 1 'ng/mL' else 2 'ng/mL')                | 1 ng/mL if the investigator judges the patient fit, else 2 ng/mL
          any p in psa satisfies p.value > 2 'ng/mL'            | any p of PSA with value of p above 2 ng/mL
          count p in psa where p.value > 2 'ng/mL'              | the number of p of PSA with value of p above 2 ng/mL
          exists (cancer where code in inSitu)                  | any another cancer with code in carcinoma in situ
          exists (cancer where code in ICD10 {C61, C62})        | any another cancer with code in ICD10 C61, C62
          (latest psa).value <= 4 'ng/mL' or not fit            | (value of the latest PSA at most 4 ng/mL) or not the investigator judges the patient fit
          (latest psa) >= 2.5 x ULN                             | the latest PSA at least 2.5 × ULN
          (latest psa) < 0.5 x LLN                              | the latest PSA below 0.5 × LLN
          (latest psa).value is unknown                         | value of the latest PSA is unknown
          (latest psa).value is not unknown                     | value of the latest PSA is known
          sex is male                                           | sex is male
          (latest psa).value != 3 'ng/mL'                       | value of the latest PSA other than 3 ng/mL
          """)
  void expression_isNamedInAScreenersWords(String expression, String phrase) {
    String source =
        DECLARATIONS + "\ndefine x = " + expression + "\ninclusion I1 \"x\" = exists psa\n";
    EligoCompiler.Analysis analysis =
        EligoCompiler.analyze(new SourceFile("phrases.eligo", source));
    assertThat(analysis.result().errors())
        .as(DiagnosticPrinter.print(analysis.result().diagnostics()))
        .isEmpty();
    CheckedFile checked = analysis.checked();
    Definition definition = checked.ast().declarations(Definition.class).get(0);

    assertThat(new Phrases(checked).of(definition.body())).isEqualTo(phrase);
  }
}
