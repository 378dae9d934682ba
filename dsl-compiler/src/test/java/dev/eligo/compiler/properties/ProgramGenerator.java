package dev.eligo.compiler.properties;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes random well-typed criteria files: a fixed data dictionary with every kind of record, then
 * definitions and criteria built type by type from the language's functions, fields and operators,
 * nested to a random depth. What it writes should pass the checker; every construct it uses is
 * recorded, so a test can show that all of them were reached.
 */
final class ProgramGenerator {
  /** The data dictionary every program starts with. */
  static final String DICTIONARY =
      """
      codesystem LOINC = "http://loinc.org"
      codesystem SNOMED = "http://snomed.info/sct"
      codesystem ICD10 = "http://hl7.org/fhir/sid/icd-10" matching prefix ignoring dots
      codesystem ATC = "http://www.whocc.no/atc" matching prefix
      codesystem ARM = "urn:example:arm"
      input consentDate "the date of consent": date
      input arm "the arm": code in ARM
      input level "the dose level": number
      input fit "fit for the trial": truth
      valueset positive "positive" = SNOMED {10828004}
      valueset intravenous "intravenous route" = SNOMED {47625008}
      valueset cancers "cancers" = ICD10 {C00-C96} except ICD10 {C61}
      observation psa "PSA": LOINC {2857-1}
        quantity 'ng/mL'
      observation testosterone "testosterone": LOINC {2986-8}
        quantity 'ng/dL'
        molar mass 288.42 'g/mol'
      observation hbv "HBV DNA": LOINC {29615-2}
        quantity '{copies}/mL'
        alias 'copies/mL' = '{copies}/mL'
        factor 1 '[IU]' = 5.82 '{copies}'
      observation ecog "ECOG": LOINC {89247-1}
        integer
      observation psma "PSMA": LOINC {10000-1}
        coded
      observation read "central read": LOINC {10001-1}
        boolean
      observation hla "HLA-A": LOINC {13303-3}
        text
      condition cancer "cancer": cancers, ICD10 {C61}
      medication drug "drug": ATC {L04, H02AB}
      procedure surgery "surgery": SNOMED {387713003}
      allergy reaction "drug allergy": ATC {L01F}
      participation trial "another trial"
      specimen tissue "archival tissue": SNOMED {1222707004}
      encounter stay "hospital stay": SNOMED {32485007}
      report scan "PET report": LOINC {81555-5}
      imaging pet "PET-CT": LOINC {81555-5}
      immunization vaccine "live vaccine": ATC {J07BD}
      attestation consent "informed consent": "informed-consent"
      define above(lab, limit) "above the limit" = latest lab within 28 days before screening > limit
      """;

  /** Kinds of items of lists, and single values. */
  enum Kind {
    PSA(true, "MASS"),
    TESTOSTERONE(true, "MASS"),
    HBV(true, "COPIES"),
    ECOG(true, "NUMBER"),
    PSMA(true, null),
    CONDITION(false, null),
    MEDICATION(false, null),
    PROCEDURE(false, null),
    ALLERGY(false, null),
    PARTICIPATION(false, null),
    COURSE(false, null),
    READ(true, null),
    HLA(true, null),
    SPECIMEN(false, null),
    ENCOUNTER(false, null),
    REPORT(false, null),
    IMAGING(false, null),
    IMMUNIZATION(false, null),
    POINT_PSA(false, "MASS"),
    POINT_TESTOSTERONE(false, "MASS"),
    POINT_HBV(false, "COPIES"),
    POINT_ECOG(false, "NUMBER");

    final boolean observation;

    /** The kind of quantity its value is, for numeric observations and points. */
    final String quantity;

    Kind(boolean observation, String quantity) {
      this.observation = observation;
      this.quantity = quantity;
    }

    boolean isPoint() {
      return name().startsWith("POINT_");
    }

    Kind point() {
      return Kind.valueOf("POINT_" + name());
    }
  }

  /** The element of a list: a record kind, a pair of elements or a list of elements. */
  record Element(Kind kind, Element pairOf, Element listOf) {
    static Element of(Kind kind) {
      return new Element(kind, null, null);
    }

    boolean isRecord() {
      return kind != null;
    }
  }

  private static final String[] MASS_UNITS = {"ng/mL", "ug/L", "ng/dL", "mg/dL", "g/L"};
  private static final String[] DURATION_UNITS = {"days", "weeks", "months", "years"};
  private static final String[][] WORD_FIELDS = {
    {"PSA", "comparator", "below"},
    {"CONDITION", "verification", "unconfirmed"},
    {"MEDICATION", "source", "administration"},
    {"MEDICATION", "status", "stopped"},
    {"PROCEDURE", "status", "completed"},
    {"ALLERGY", "type", "allergy"},
    {"ALLERGY", "category", "medication"},
    {"ALLERGY", "criticality", "high"},
    {"ALLERGY", "severity", "severe"},
    {"PARTICIPATION", "status", "screening"},
    {"SPECIMEN", "status", "available"},
    {"ENCOUNTER", "status", "finished"},
    {"REPORT", "status", "final"},
    {"IMAGING", "status", "available"},
    {"IMMUNIZATION", "status", "completed"}
  };
  private static final String[][] MORE_DATE_FIELDS = {
    {"CONDITION", "abatement"},
    {"MEDICATION", "end"},
    {"MEDICATION", "lastDose"},
    {"ALLERGY", "date"},
    {"PARTICIPATION", "end"},
    {"SPECIMEN", "collected"},
    {"ENCOUNTER", "start"},
    {"ENCOUNTER", "end"},
    {"REPORT", "date"},
    {"REPORT", "issued"},
    {"IMAGING", "date"},
    {"IMMUNIZATION", "date"}
  };
  private static final String[][] MORE_CODE_FIELDS = {
    {"PSA", "interpretation"},
    {"ECOG", "bodySite"},
    {"CONDITION", "stage"},
    {"CONDITION", "bodySite"},
    {"MEDICATION", "statusReason"},
    {"MEDICATION", "reason"},
    {"PROCEDURE", "bodySite"},
    {"PROCEDURE", "reason"},
    {"ALLERGY", "manifestation"},
    {"PARTICIPATION", "study"},
    {"SPECIMEN", "type"},
    {"SPECIMEN", "bodySite"},
    {"ENCOUNTER", "class"},
    {"ENCOUNTER", "type"},
    {"REPORT", "code"},
    {"REPORT", "conclusion"},
    {"IMAGING", "code"},
    {"IMAGING", "modality"},
    {"IMAGING", "bodySite"},
    {"IMMUNIZATION", "code"},
    {"IMMUNIZATION", "statusReason"}
  };
  private static final String[] OPERATORS = {"<", "<=", ">", ">=", "=", "!="};

  private final Random random;
  private final int maxDepth;
  private final Set<String> used = new LinkedHashSet<>();
  private final Map<String[][], Integer> turns = new IdentityHashMap<>();
  private final Deque<Scope> scopes = new ArrayDeque<>();
  private final List<String> truthDefinitions = new ArrayList<>();
  private int names;

  /** A name bound around the expression being written: an item of a where or a variable. */
  private record Scope(String variable, Element element) {}

  ProgramGenerator(long seed, int maxDepth) {
    this.random = new Random(seed);
    this.maxDepth = maxDepth;
  }

  /** The constructs the programs written so far used: function names, fields, operators. */
  Set<String> used() {
    return used;
  }

  /** One whole criteria file. */
  String program(String protocolId) {
    truthDefinitions.clear();
    StringBuilder file =
        new StringBuilder("protocol ")
            .append(protocolId)
            .append("\n  title \"Generated\"\n  version \"1\"\n\n")
            .append(DICTIONARY)
            .append('\n');
    int definitions = 1 + random.nextInt(3);
    for (int i = 0; i < definitions; i++) {
      String name = "d" + i;
      file.append("define ")
          .append(name)
          .append(random.nextBoolean() ? " \"definition " + i + "\"" : "")
          .append(" = ")
          .append(truth(0))
          .append('\n');
      truthDefinitions.add(name);
    }
    if (random.nextInt(4) == 0) {
      file.append("define window = ").append(writtenDuration()).append('\n');
      use("constant definition");
    }
    int criteria = 1 + random.nextInt(3);
    for (int i = 0; i < criteria; i++) {
      String id = (random.nextBoolean() ? "I" : "E") + i;
      String kind = id.startsWith("I") ? "inclusion" : "exclusion";
      if (random.nextInt(3) == 0) {
        file.append(kind)
            .append(' ')
            .append(id)
            .append(" \"Criterion ")
            .append(i)
            .append("\" = ")
            .append(id)
            .append("a or ")
            .append(id)
            .append("b\n");
        file.append("  part ").append(id).append("a \"Part a\" = ").append(truth(0)).append('\n');
        file.append("  part ").append(id).append("b \"Part b\" = ").append(truth(0)).append('\n');
        use("part");
      } else {
        file.append(kind)
            .append(' ')
            .append(id)
            .append(" \"Criterion ")
            .append(i)
            .append("\" = ")
            .append(truth(0))
            .append('\n');
      }
    }
    file.append("inclusion Z \"Uses every definition\" = above(psa, 4 'ng/mL')");
    for (String definition : truthDefinitions) {
      file.append(" or ").append(definition);
    }
    return file.append('\n').toString();
  }

  // ---- truths
  // ---------------------------------------------------------------------------------------

  String truth(int depth) {
    if (depth >= maxDepth) {
      return pick(
          () -> "exists " + name(anyRecordKind()),
          () -> "consent",
          () -> use("literal truth", "true"),
          () -> "sex is male");
    }
    int d = depth + 1;
    return pick(
        () -> use("exists", "exists " + paren(list(anyElement(d), d))),
        () -> use("not", "not " + paren(truth(d))),
        () -> use("and", paren(truth(d)) + " and " + paren(truth(d))),
        () -> use("or", paren(truth(d)) + " or " + paren(truth(d))),
        () -> quantityComparison(d),
        () -> observationComparison(d),
        () -> ulnComparison(d),
        () -> durationComparison(d),
        () -> use("date comparison", paren(date(d)) + " " + operator() + " " + paren(date(d))),
        () -> membership(d),
        () ->
            use(
                "is unknown",
                paren(unknowable(d)) + (random.nextBoolean() ? " is unknown" : " is not unknown")),
        () -> use("sex", "sex is " + (random.nextBoolean() ? "male" : "female")),
        () -> use("if truth", paren("if " + truth(d) + " then " + truth(d) + " else " + truth(d))),
        () -> quantified(d),
        () -> use("attestation", "consent"),
        () ->
            truthDefinitions.isEmpty()
                ? "true"
                : use("definition", truthDefinitions.get(random.nextInt(truthDefinitions.size()))),
        () -> itemTruth(d),
        () ->
            random.nextBoolean()
                ? use("field active", paren(single(Element.of(Kind.CONDITION), d)) + ".active")
                : use("field resolved", paren(single(Element.of(Kind.CONDITION), d)) + ".resolved"),
        () -> use("field conflict", paren(single(Element.of(Kind.POINT_PSA), d)) + ".conflict"),
        () ->
            use(
                "field primarySource",
                paren(single(Element.of(Kind.IMMUNIZATION), d)) + ".primarySource"),
        () -> use("field value", paren(single(Element.of(Kind.READ), d)) + ".value"),
        () ->
            use(
                "text comparison",
                paren(single(Element.of(Kind.HLA), d))
                    + ".value"
                    + (random.nextBoolean() ? " = " : " != ")
                    + "\"HLA-A*02:01\""),
        () -> wordTest(d),
        () -> doseComparison(d),
        () ->
            use(
                "LLN comparison",
                paren(single(Element.of(pick(() -> Kind.PSA, () -> Kind.HBV)), d))
                    + " "
                    + operator()
                    + " "
                    + number()
                    + " x LLN"),
        () -> use("unknown literal", "unknown \"stated\""),
        () -> use("truth input", "fit"),
        () -> use("code input", "arm in ARM {" + pick(() -> "A", () -> "B") + "}"),
        () -> parameterised(),
        () -> let(d),
        () ->
            use(
                "unknown for",
                "unknown \"stated\" for "
                    + name(anyRecordKind())
                    + ", "
                    + name(anyRecordKind())
                    + " within "
                    + writtenDuration()
                    + " before screening"));
  }

  /** A call of the dictionary's parameterised definition, with a lab and a limit of its kind. */
  private String parameterised() {
    Kind kind = pick(() -> Kind.PSA, () -> Kind.TESTOSTERONE, () -> Kind.HBV, () -> Kind.ECOG);
    return use(
        "parameterised definition",
        "above(" + name(kind) + ", " + quantityLiteral(kind.quantity) + ")");
  }

  /** A quantity named once and compared twice. */
  private String let(int d) {
    String kind = pick(() -> "MASS", () -> "NUMBER", () -> "COPIES");
    String variable = "q" + (names++);
    return use(
        "let",
        paren(
            "let "
                + variable
                + " = "
                + paren(quantity(kind, d))
                + " in "
                + variable
                + " "
                + operator()
                + " "
                + paren(quantity(kind, d))
                + " or "
                + variable
                + " "
                + operator()
                + " "
                + quantityLiteral(kind)));
  }

  /** A field of words tested with 'is': a status, a verification, a comparator. */
  private String wordTest(int d) {
    String[] field = inTurn(WORD_FIELDS);
    String item =
        field[0].equals("PARTICIPATION") && random.nextBoolean()
            ? use("enrolment", "enrolment")
            : paren(single(Element.of(Kind.valueOf(field[0])), d));
    return use("field " + field[1], item + "." + field[1] + " is " + field[2]);
  }

  /** A dose, daily dose or frequency of a medication use compared with a quantity of its kind. */
  private String doseComparison(int d) {
    String use = paren(single(Element.of(Kind.MEDICATION), d));
    return pick(
        () -> use("field dose", use + ".dose " + operator() + " " + number() + " 'mg'"),
        () -> use("field dailyDose", use + ".dailyDose " + operator() + " " + number() + " 'mg/d'"),
        () -> use("field frequency", use + ".frequency " + operator() + " " + number() + " '/d'"));
  }

  private String quantityComparison(int d) {
    String kind = pick(() -> "MASS", () -> "NUMBER", () -> "COPIES");
    return use(
        "quantity comparison",
        paren(quantity(kind, d)) + " " + operator() + " " + paren(quantity(kind, d)));
  }

  private String observationComparison(int d) {
    Kind kind = pick(() -> Kind.PSA, () -> Kind.TESTOSTERONE, () -> Kind.HBV, () -> Kind.ECOG);
    String threshold;
    if (kind == Kind.TESTOSTERONE && random.nextBoolean()) {
      threshold = number() + " 'nmol/L'";
      use("molar mass conversion");
    } else if (kind == Kind.HBV && random.nextBoolean()) {
      threshold = number() + " '[IU]/mL'";
      use("unit factor conversion");
    } else {
      threshold = quantityLiteral(kind.quantity);
    }
    String observation = single(Element.of(kind), d);
    return random.nextBoolean()
        ? use("observation comparison", paren(observation) + " " + operator() + " " + threshold)
        : use(
            "mirrored observation comparison",
            threshold + " " + operator() + " " + paren(observation));
  }

  private String ulnComparison(int d) {
    Kind kind = pick(() -> Kind.PSA, () -> Kind.TESTOSTERONE, () -> Kind.HBV);
    String uln =
        random.nextBoolean()
            ? number() + " x ULN"
            : use(
                "ULN chosen by if",
                "(if " + truth(d) + " then " + number() + " x ULN else " + number() + " x ULN)");
    return use("ULN comparison", paren(single(Element.of(kind), d)) + " " + operator() + " " + uln);
  }

  private String durationComparison(int d) {
    String measured = measuredDuration(d);
    return random.nextBoolean()
        ? use("duration comparison", paren(measured) + " " + operator() + " " + writtenDuration())
        : use(
            "mirrored duration comparison",
            writtenDuration() + " " + operator() + " " + paren(measured));
  }

  private String membership(int d) {
    String codes = codes(d);
    String set =
        pick(
            () -> "positive",
            () -> "intravenous",
            () -> "cancers",
            () -> use("inline codes", "SNOMED {10828004, 47625008}"),
            () -> use("inline range", "ICD10 {C00-C50}"));
    return use("in", paren(codes) + " in " + set);
  }

  private String quantified(int d) {
    Element element = anyElement(d);
    String items = list(element, d);
    String variable = "v" + (names++);
    scopes.push(new Scope(variable, element));
    String body = truth(d);
    scopes.pop();
    return random.nextBoolean()
        ? use("any", "any " + variable + " in " + paren(items) + " satisfies " + paren(body))
        : use("all", "all " + variable + " in " + paren(items) + " satisfies " + paren(body));
  }

  /**
   * The names in scope whose fields can be read: every variable, and the item of the innermost
   * {@code where} (an outer one's fields would be hidden by the inner item's fields of that name).
   */
  private List<Scope> visible() {
    List<Scope> visible = new ArrayList<>();
    boolean innermostWhere = true;
    for (Scope scope : scopes) {
      if (scope.variable() != null) {
        visible.add(scope);
      } else if (innermostWhere) {
        visible.add(scope);
        innermostWhere = false;
      }
    }
    return visible;
  }

  /** A truth field of an item in scope, or a plain truth when none has one. */
  private String itemTruth(int d) {
    for (Scope scope : visible()) {
      Element e = scope.element();
      if (e.isRecord() && e.kind() == Kind.CONDITION) {
        return random.nextBoolean()
            ? use("field active", prefix(scope) + "active")
            : use("field resolved", prefix(scope) + "resolved");
      }
      if (e.isRecord() && e.kind().isPoint()) {
        return use("field conflict", prefix(scope) + "conflict");
      }
      if (e.isRecord() && e.kind() == Kind.IMMUNIZATION) {
        return use("field primarySource", prefix(scope) + "primarySource");
      }
    }
    return "true";
  }

  /** How a field of an item in scope is read: {@code v.} for a variable, nothing inside where. */
  private static String prefix(Scope scope) {
    return scope.variable() == null ? "" : scope.variable() + ".";
  }

  private String unknowable(int d) {
    return pick(
        () -> quantity("MASS", d),
        () -> date(d),
        () -> truth(d),
        () -> codes(d),
        () -> single(anyElement(d), d));
  }

  // ---- quantities, dates, durations, codes
  // -------------------------------------------------------

  String quantity(String kind, int depth) {
    if (depth >= maxDepth) {
      return quantityLiteral(kind);
    }
    int d = depth + 1;
    List<Supplier<String>> choices =
        new ArrayList<>(
            List.of(
                () -> quantityLiteral(kind),
                () ->
                    use(
                        "sum",
                        paren(quantity(kind, d))
                            + (random.nextBoolean() ? " + " : " - ")
                            + paren(quantity(kind, d))),
                () ->
                    use("product", paren(quantity(kind, d)) + " * " + paren(quantity("NUMBER", d))),
                () ->
                    use(
                        "quotient",
                        paren(quantity(kind, d)) + " / " + paren(quantity("NUMBER", d))),
                () -> use("negation", "-" + paren(quantity(kind, d))),
                () ->
                    use(
                        "if quantity",
                        paren(
                            "if "
                                + truth(d)
                                + " then "
                                + quantity(kind, d)
                                + " else "
                                + quantity(kind, d))),
                () -> valueOfQuantity(kind, d),
                () -> sumOver(kind, d)));
    if (kind.equals("NUMBER")) {
      choices.add(() -> use("count", "count " + paren(list(anyElement(d), d))));
      choices.add(
          () -> use("ratio", paren(quantity("MASS", d)) + " / " + paren(quantity("MASS", d))));
      choices.add(() -> countWhere(d));
      choices.add(() -> use("number input", "level"));
      choices.add(() -> use("field drugs", paren(single(Element.of(Kind.COURSE), d)) + ".drugs"));
      choices.add(
          () ->
              use(
                  "number from time",
                  paren(measuredDuration(d))
                      + " in "
                      + DURATION_UNITS[random.nextInt(DURATION_UNITS.length)]));
      choices.add(
          () ->
              use(
                  "quantity in a unit",
                  paren(quantity("MASS", d))
                      + " in '"
                      + MASS_UNITS[random.nextInt(MASS_UNITS.length)]
                      + "'"));
      choices.add(() -> use("doseDays", "doseDays(" + list(Element.of(Kind.MEDICATION), d) + ")"));
    }
    return choices.get(random.nextInt(choices.size())).get();
  }

  /** A total over any list of an amount of the kind, which may read the item. */
  private String sumOver(String kind, int d) {
    Element element = anyElement(d);
    String items = list(element, d);
    String variable = "s" + (names++);
    scopes.push(new Scope(variable, element));
    String amount = quantity(kind, d);
    scopes.pop();
    return use(
        "sum over a list",
        "(sum " + variable + " in " + paren(items) + " of " + paren(amount) + ")");
  }

  private String countWhere(int d) {
    Element element = anyElement(d);
    String items = list(element, d);
    String variable = "c" + (names++);
    scopes.push(new Scope(variable, element));
    String condition = truth(d);
    scopes.pop();
    return use(
        "count where", "count " + variable + " in " + paren(items) + " where " + paren(condition));
  }

  /** The value of an observation or point of that kind of quantity, read one of several ways. */
  private String valueOfQuantity(String kind, int d) {
    List<Kind> kinds = new ArrayList<>();
    for (Kind k : Kind.values()) {
      if (kind.equals(k.quantity)) {
        kinds.add(k);
      }
    }
    Kind k = kinds.get(random.nextInt(kinds.size()));
    for (Scope scope : visible()) {
      if (scope.element().isRecord() && scope.element().kind() == k && random.nextBoolean()) {
        return use("field value", prefix(scope) + "value");
      }
    }
    if (k.observation && random.nextBoolean()) {
      return use("observation as its value", single(Element.of(k), d));
    }
    return use("field value", paren(single(Element.of(k), d)) + ".value");
  }

  private String quantityLiteral(String kind) {
    switch (kind) {
      case "MASS":
        return number() + " '" + MASS_UNITS[random.nextInt(MASS_UNITS.length)] + "'";
      case "COPIES":
        return number() + " '{copies}/mL'";
      default:
        return number();
    }
  }

  String date(int depth) {
    if (depth >= maxDepth) {
      return random.nextBoolean() ? "screening" : "@2025-0" + (1 + random.nextInt(9)) + "-15";
    }
    int d = depth + 1;
    return pick(
        () -> use("screening", "screening"),
        () -> use("date input", "consentDate"),
        () -> use("date literal", "@2024-02-29"),
        () -> use("date plus", paren(date(d)) + " + " + writtenDuration()),
        () -> use("date minus", paren(date(d)) + " - " + writtenDuration()),
        () ->
            use(
                "field date",
                paren(single(Element.of(pick(() -> Kind.PSA, () -> Kind.ECOG, () -> Kind.PSMA)), d))
                    + ".date"),
        () -> use("field onset", paren(single(Element.of(Kind.CONDITION), d)) + ".onset"),
        () -> use("field start", paren(single(Element.of(Kind.MEDICATION), d)) + ".start"),
        () -> use("field date", paren(single(Element.of(Kind.PROCEDURE), d)) + ".date"),
        () -> use("field start", paren(single(Element.of(Kind.PARTICIPATION), d)) + ".start"),
        () ->
            (random.nextBoolean()
                ? use("field start", paren(single(Element.of(Kind.COURSE), d)) + ".start")
                : use("field end", paren(single(Element.of(Kind.COURSE), d)) + ".end")),
        () -> use("field date", paren(single(Element.of(Kind.POINT_PSA), d)) + ".date"),
        () -> moreDates(d),
        () -> use("if date", paren("if " + truth(d) + " then " + date(d) + " else " + date(d))));
  }

  /** The date fields of the record kinds beyond the sample's. */
  private String moreDates(int d) {
    String[] field = inTurn(MORE_DATE_FIELDS);
    String item =
        field[0].equals("PARTICIPATION") && random.nextBoolean()
            ? use("enrolment", "enrolment")
            : paren(single(Element.of(Kind.valueOf(field[0])), d));
    return use("field " + field[1], item + "." + field[1]);
  }

  private String measuredDuration(int d) {
    return pick(
        () -> use("age", "age"),
        () -> use("age at", "age at " + paren(date(d))),
        () -> use("field duration", paren(single(Element.of(Kind.COURSE), d)) + ".duration"),
        () -> use("date difference", paren(date(d)) + " - " + paren(date(d))),
        () -> use("if duration", paren("if " + truth(d) + " then age else age")));
  }

  private String writtenDuration() {
    String unit = DURATION_UNITS[random.nextInt(DURATION_UNITS.length)];
    return (1 + random.nextInt(30)) + " " + unit;
  }

  private String codes(int d) {
    return pick(
        () ->
            use(
                "field code",
                paren(
                        single(
                            Element.of(
                                pick(
                                    () -> Kind.CONDITION,
                                    () -> Kind.MEDICATION,
                                    () -> Kind.PROCEDURE,
                                    () -> Kind.ALLERGY)),
                            d))
                    + ".code"),
        () -> use("field route", paren(single(Element.of(Kind.MEDICATION), d)) + ".route"),
        () ->
            (random.nextBoolean()
                ? use("field route", paren(single(Element.of(Kind.COURSE), d)) + ".route")
                : use("field reason", paren(single(Element.of(Kind.COURSE), d)) + ".reason")),
        () -> use("field value", paren(single(Element.of(Kind.PSMA), d)) + ".value"),
        () -> moreCodes(d),
        () -> use("coded observation as its value", single(Element.of(Kind.PSMA), d)),
        () -> use("if codes", paren("if " + truth(d) + " then " + codes(d) + " else " + codes(d))));
  }

  /** The code fields of the record kinds beyond the sample's. */
  private String moreCodes(int d) {
    String[] field = inTurn(MORE_CODE_FIELDS);
    return use(
        "field " + field[1], paren(single(Element.of(Kind.valueOf(field[0])), d)) + "." + field[1]);
  }

  // ---- lists and single items
  // ------------------------------------------------------------------------

  /** A list whose items are of this element. */
  String list(Element element, int depth) {
    int d = depth + 1;
    List<Supplier<String>> choices = new ArrayList<>();
    if (element.isRecord()) {
      Kind kind = element.kind();
      if (kind.isPoint()) {
        Kind observation = Kind.valueOf(kind.name().substring("POINT_".length()));
        choices.add(() -> use("series", "series(" + list(Element.of(observation), d) + ")"));
        if (depth < maxDepth) {
          choices.add(
              () -> use("upTo", "upTo(" + list(element, d) + ", " + single(element, d) + ")"));
        }
      } else if ((kind == Kind.CONDITION || kind == Kind.ALLERGY)
          && depth < maxDepth
          && random.nextInt(4) == 0) {
        choices.add(() -> use("unrefuted", "unrefuted(" + list(element, d) + ")"));
      } else if (kind == Kind.COURSE) {
        choices.add(() -> use("courses", "courses(" + list(Element.of(Kind.MEDICATION), d) + ")"));
        choices.add(
            () ->
                use(
                    "episodes",
                    "episodes("
                        + list(Element.of(Kind.MEDICATION), d)
                        + ", "
                        + writtenDuration()
                        + ")"));
        choices.add(
            () ->
                use(
                    "regimens",
                    "regimens("
                        + list(Element.of(Kind.MEDICATION), d)
                        + ", "
                        + writtenDuration()
                        + ")"));
      } else if (kind == Kind.MEDICATION && depth < maxDepth && random.nextInt(3) == 0) {
        choices.add(() -> use("field uses", paren(single(Element.of(Kind.COURSE), d)) + ".uses"));
      } else {
        choices.add(() -> name(kind));
      }
      if (depth < maxDepth) {
        choices.add(
            () ->
                use(
                    "within",
                    paren(list(element, d))
                        + " within "
                        + writtenDuration()
                        + " before screening"));
        choices.add(
            () ->
                use(
                    "window by definition",
                    paren(list(element, d)) + " within 12 months before screening"));
        choices.add(() -> use("at screening", paren(list(element, d)) + " at screening"));
        choices.add(() -> anchoredWindow(element, d));
      }
    } else if (element.pairOf() != null) {
      choices.add(() -> use("pairs", "pairs(" + list(element.pairOf(), d) + ")"));
    } else {
      choices.add(
          () ->
              use(
                  "runs",
                  "runs(" + list(element.listOf(), d) + ", " + (1 + random.nextInt(4)) + ")"));
    }
    if (depth < maxDepth) {
      choices.add(() -> use("rest", "rest(" + list(element, d) + ")"));
      choices.add(
          () -> use("after", "after(" + list(element, d) + ", " + single(element, d) + ")"));
      choices.add(() -> where(element, d));
      choices.add(
          () ->
              use(
                  "if list",
                  paren(
                      "if "
                          + truth(d)
                          + " then "
                          + list(element, d)
                          + " else "
                          + list(element, d))));
      choices.add(
          () ->
              use(
                  "one list that may be unknown",
                  (random.nextBoolean() ? "first(" : "last(")
                      + list(new Element(null, null, element), d)
                      + ")"));
    }
    return choices.get(random.nextInt(choices.size())).get();
  }

  /** A window next to a date other than the screening date, or a course's time. */
  private String anchoredWindow(Element element, int d) {
    String items = paren(list(element, d));
    return pick(
        () ->
            use(
                "anchored window",
                items
                    + " within "
                    + writtenDuration()
                    + " "
                    + pick(() -> "before", () -> "after", () -> "of")
                    + " "
                    + paren(date(d))),
        () ->
            use(
                "anchored window",
                items
                    + " "
                    + pick(
                        () -> "before",
                        () -> "on or before",
                        () -> "after",
                        () -> "on or after",
                        () -> "at")
                    + " "
                    + paren(date(d))),
        () -> use("anchored window", items + " from " + paren(date(d)) + " to " + paren(date(d))),
        () -> use("during", items + " during " + paren(single(Element.of(Kind.COURSE), d))));
  }

  private String where(Element element, int d) {
    String items = list(element, d);
    scopes.push(new Scope(null, element));
    String condition = truth(d);
    scopes.pop();
    return use("where", paren(items) + " where " + paren(condition));
  }

  /** One item of this element, which may be unknown. */
  String single(Element element, int depth) {
    int d = depth + 1;
    List<Supplier<String>> choices = new ArrayList<>();
    for (Scope scope : scopes) {
      if (scope.variable() != null && scope.element().equals(element)) {
        choices.add(() -> use("variable", scope.variable()));
      }
    }
    choices.add(() -> use("first", "first(" + list(element, d) + ")"));
    choices.add(() -> use("last", "last(" + list(element, d) + ")"));
    if (element.isRecord()) {
      choices.add(() -> use("latest", "latest " + paren(list(element, d))));
      choices.add(() -> use("earliest", "earliest " + paren(list(element, d))));
      if (element.kind().isPoint()) {
        choices.add(
            () ->
                use(
                    random.nextBoolean() ? "min" : "max",
                    (random.nextBoolean() ? "min(" : "max(") + list(element, d) + ")"));
      }
    }
    if (depth < maxDepth) {
      choices.add(
          () -> use("nth", "nth(" + list(element, d) + ", " + (1 + random.nextInt(3)) + ")"));
      if (element.isRecord() && element.kind().observation) {
        choices.add(
            () ->
                use(
                    "measuredWith",
                    "measuredWith("
                        + single(Element.of(Kind.PSA), d)
                        + ", "
                        + list(element, d)
                        + ")"));
      }
      choices.add(
          () ->
              random.nextBoolean()
                  ? use("next", "next(" + list(element, d) + ", " + single(element, d) + ")")
                  : use(
                      "previous",
                      "previous(" + list(element, d) + ", " + single(element, d) + ")"));
      choices.add(
          () ->
              random.nextBoolean()
                  ? use(
                      "field previous",
                      paren(single(new Element(null, element, null), d)) + ".previous")
                  : use(
                      "field next", paren(single(new Element(null, element, null), d)) + ".next"));
      choices.add(
          () ->
              use(
                  "if single",
                  paren(
                      "if "
                          + truth(d)
                          + " then "
                          + single(element, d)
                          + " else "
                          + single(element, d))));
    }
    return choices.get(random.nextInt(choices.size())).get();
  }

  private Element anyElement(int depth) {
    int roll = random.nextInt(depth < maxDepth ? 12 : 10);
    if (roll < 10) {
      return Element.of(anyRecordKind());
    }
    Element inner = Element.of(pick(() -> Kind.POINT_PSA, () -> Kind.CONDITION));
    return roll == 10 ? new Element(null, inner, null) : new Element(null, null, inner);
  }

  private Kind anyRecordKind() {
    Kind[] kinds = Kind.values();
    return kinds[random.nextInt(kinds.length)];
  }

  private String name(Kind kind) {
    switch (kind) {
      case PSA:
        return "psa";
      case TESTOSTERONE:
        return "testosterone";
      case HBV:
        return "hbv";
      case ECOG:
        return "ecog";
      case PSMA:
        return "psma";
      case CONDITION:
        return "cancer";
      case MEDICATION:
        return "drug";
      case PROCEDURE:
        return "surgery";
      case ALLERGY:
        return "reaction";
      case PARTICIPATION:
        return "trial";
      case READ:
        return "read";
      case HLA:
        return "hla";
      case SPECIMEN:
        return "tissue";
      case ENCOUNTER:
        return "stay";
      case REPORT:
        return "scan";
      case IMAGING:
        return "pet";
      case IMMUNIZATION:
        return "vaccine";
      case COURSE:
        return "courses(drug)";
      default:
        return "series(" + name(Kind.valueOf(kind.name().substring("POINT_".length()))) + ")";
    }
  }

  // ---- small pieces
  // -------------------------------------------------------------------------------

  private String number() {
    return random.nextBoolean()
        ? String.valueOf(random.nextInt(200))
        : random.nextInt(20) + "." + random.nextInt(10);
  }

  private String operator() {
    String op = OPERATORS[random.nextInt(OPERATORS.length)];
    use("operator " + op);
    return op;
  }

  private static String paren(String text) {
    return "(" + text + ")";
  }

  private String use(String construct, String text) {
    used.add(construct);
    return text;
  }

  private void use(String construct) {
    used.add(construct);
  }

  /**
   * The next row of a table of fields, walked in turn rather than drawn: each of the dozens of
   * fields is then reached once its table has been used as many times as it has rows, so the
   * coverage property never hangs on the odds of drawing a rare one (random draws missed one field
   * in about a tenth of 1,500-program runs).
   */
  private String[] inTurn(String[][] table) {
    int turn = turns.merge(table, 1, Integer::sum) - 1;
    return table[turn % table.length];
  }

  @SafeVarargs
  private <T> T pick(Supplier<T>... choices) {
    return choices[random.nextInt(choices.length)].get();
  }
}
