package dev.eligo.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Objects;
import java.util.SimpleTimeZone;
import java.util.TimeZone;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.InstantType;
import org.junit.jupiter.api.Test;

/**
 * {@link PlainDates} leaves a date element as HAPI's own {@code setValueAsString} leaves it, every
 * field of it compared, or leaves the text to HAPI: for dates written almost right (a digit, a
 * separator, a range off, a letter in lower case), in time zones whose midnights are skipped or
 * repeated, around every change of offset of every time zone of this JDK up to 2100, and with
 * default zones {@code java.time} cannot name.
 */
class PlainDatesProperty {
  private static final List<Supplier<BaseDateTimeType>> TYPES =
      List.of(DateTimeType::new, DateType::new, InstantType::new);
  private static final List<String> ZONES =
      List.of(
          "UTC",
          "GMT+05:30", // fixed offsets, where a day is set here too
          "Etc/GMT+3",
          "Europe/Berlin",
          "America/Sao_Paulo", // midnights skipped when summer time began
          "America/Havana",
          "Pacific/Apia", // 2011-12-30 never happened
          "Australia/Lord_Howe",
          "Asia/Kolkata",
          "America/St_Johns",
          "Africa/Windhoek");

  @Property(tries = 4000)
  void aDateIsLeftAsHapiLeavesIt_orLeftToHapi(
      @ForAll("texts") String text, @ForAll("zones") String zone, @ForAll("types") int type) {
    boolean plain =
        inZone(TimeZone.getTimeZone(zone), () -> assertSameAsHapi(TYPES.get(type), text));
    Statistics.collect(plain ? "plain" : "left to HAPI");
    Statistics.coverage(coverage -> coverage.check("plain").percentage(p -> p > 10 && p < 80));
  }

  @Test
  void theDaysAroundEveryChangeOfEveryZone_areLeftAsHapiLeavesThem() {
    int days = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      List<String> texts = new ArrayList<>(List.of("2036-12-31", "2037-01-01", "2037-01-02"));
      ZoneRules rules = ZoneId.of(id).getRules();
      // The changes listed, and those the zone's yearly rules make, up to 2100.
      ZoneOffsetTransition change = rules.nextTransition(Instant.parse("1600-01-01T00:00:00Z"));
      while (change != null
          && change.getInstant().isBefore(Instant.parse("2100-01-01T00:00:00Z"))) {
        LocalDate day = change.getDateTimeBefore().toLocalDate();
        texts.add(day.toString());
        texts.add(day.plusDays(1).toString());
        texts.add(change.getDateTimeAfter().toLocalDate().toString());
        change = rules.nextTransition(change.getInstant());
      }
      days += texts.size();
      assertSameAsHapiIn(TimeZone.getTimeZone(id), texts);
    }
    assertThat(days).as("days around every zone's changes").isGreaterThan(100_000);
  }

  @Test
  void aDefaultZoneJavaTimeCannotName_leavesTheDayToHapi() {
    for (TimeZone zone :
        List.of(
            TimeZone.getTimeZone("GMT+23:59"),
            TimeZone.getTimeZone("GMT-18:30"),
            new SimpleTimeZone(3_600_000, "My/Zone"),
            new SimpleTimeZone(
                3_600_000,
                "My/Summer",
                Calendar.MARCH,
                -1,
                Calendar.SUNDAY,
                3_600_000,
                Calendar.OCTOBER,
                -1,
                Calendar.SUNDAY,
                3_600_000))) {
      assertSameAsHapiIn(zone, List.of("2024-05-17", "2024-05-17T08:30:15+02:00"));
    }
  }

  @Test
  void theFormsAtTheEdges_areLeftAsHapiLeavesThem() {
    List<String> texts =
        List.of(
            "1500-05-17",
            "1500-05-17T08:30:15Z",
            "1582-10-10T08:30:15+01:00",
            "1583-01-01T00:00:00Z",
            "1599-12-31",
            "1600-02-29",
            "1700-02-29",
            "9999-12-31T23:59:59-23:59",
            "2024-05-17T08:30:15z",
            "2024-05-17t08:30:15Z",
            "2024-05-17T08:30:60Z",
            "2024-05-17T24:00:00Z",
            "2024-05-17T08:30:15+24:00",
            "2024-05-17T08:30:15-00:00",
            "2024-05-17T08:30:15+14:00");
    for (String zone : List.of("UTC", "GMT+05:30", "Africa/Windhoek", "Europe/Berlin")) {
      assertSameAsHapiIn(TimeZone.getTimeZone(zone), texts);
    }
  }

  @Test
  void theFieldsSetValueAsStringWrites_areFound() {
    // Null would leave every date to HAPI: a HAPI upgrade that renamed them is noticed here.
    assertThat(PlainDates.available()).isTrue();
  }

  /** Each text, as each type, with this default zone. */
  private static void assertSameAsHapiIn(TimeZone zone, List<String> texts) {
    inZone(
        zone,
        () -> {
          for (String text : texts) {
            TYPES.forEach(type -> assertSameAsHapi(type, text));
          }
          return true;
        });
  }

  /** Whether the text was plain; asserts it was set exactly as HAPI sets it. */
  private static boolean assertSameAsHapi(Supplier<BaseDateTimeType> type, String text) {
    BaseDateTimeType hapi = type.get();
    RuntimeException refused = null;
    try {
      hapi.setValueAsString(text);
    } catch (RuntimeException e) {
      refused = e;
    }
    BaseDateTimeType plain = type.get();
    if (!PlainDates.set(plain, text)) {
      assertThat(plain.getValueAsString()).as("left untouched").isNull();
      return false;
    }
    assertThat(refused).as("HAPI refused '%s' in %s", text, TimeZone.getDefault().getID()).isNull();
    assertSameFields(plain, hapi, text);
    assertThat(plain.equalsDeep(hapi)).isTrue();
    assertThat(hapi.equalsDeep(plain)).isTrue();
    assertThat(plain.getValueAsCalendar()).isEqualTo(hapi.getValueAsCalendar());
    assertThat(plain.getNanos()).isEqualTo(hapi.getNanos());
    return true;
  }

  /** Every field, up the class chain, equal in both. */
  private static void assertSameFields(Object plain, Object hapi, String text) {
    for (Class<?> type = hapi.getClass(); type != Object.class; type = type.getSuperclass()) {
      for (Field field : type.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        try {
          assertThat(Objects.equals(field.get(plain), field.get(hapi)))
              .as(
                  "%s.%s of '%s' in %s: %s, HAPI's %s",
                  type.getSimpleName(),
                  field.getName(),
                  text,
                  TimeZone.getDefault().getID(),
                  field.get(plain),
                  field.get(hapi))
              .isTrue();
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
  }

  private static boolean inZone(TimeZone zone, Supplier<Boolean> check) {
    TimeZone saved = TimeZone.getDefault();
    TimeZone.setDefault(zone);
    try {
      return check.get();
    } finally {
      TimeZone.setDefault(saved);
    }
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of(ZONES);
  }

  @Provide
  Arbitrary<Integer> types() {
    return Arbitraries.integers().between(0, TYPES.size() - 1);
  }

  /**
   * Dates in every form HAPI reads, their fields mostly in range, some spoiled by one character.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> written =
        Arbitraries.oneOf(
            day(),
            Combinators.combine(day(), time(), offset()).as((d, t, o) -> d + "T" + t + o),
            Combinators.combine(day(), time(), fraction(), offset())
                .as((d, t, f, o) -> d + "T" + t + f + o),
            Combinators.combine(day(), time()).as((d, t) -> d + "T" + t),
            Combinators.combine(year(), number(1, 12)).as((y, m) -> y + "-" + m));
    return Arbitraries.oneOf(
        written,
        written,
        written,
        Combinators.combine(
                written,
                Arbitraries.integers().between(0, 30),
                Arbitraries.of(
                    '0', '9', '-', ':', 'T', 'Z', 't', 'z', '+', '.', 'x', ' ', '\u0663'))
            .as(
                (text, at, c) ->
                    text.substring(0, Math.min(at, text.length()))
                        + c
                        + text.substring(Math.min(at + 1, text.length()))));
  }

  private static Arbitrary<String> day() {
    return Combinators.combine(year(), number(1, 12), number(1, 31))
        .as((y, m, d) -> y + "-" + m + "-" + d);
  }

  private static Arbitrary<String> year() {
    return Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(1900, 2100)),
            Tuple.of(1, Arbitraries.of(1599, 1600)),
            Tuple.of(1, Arbitraries.integers().between(0, 9999)))
        .map(y -> String.format("%04d", y));
  }

  private static Arbitrary<String> time() {
    return Combinators.combine(number(0, 23), number(0, 59), number(0, 59))
        .as((h, m, s) -> h + ":" + m + ":" + s);
  }

  private static Arbitrary<String> fraction() {
    return Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(9).map(f -> "." + f);
  }

  private static Arbitrary<String> offset() {
    return Arbitraries.oneOf(
        Arbitraries.just("Z"),
        Combinators.combine(Arbitraries.of("+", "-"), number(0, 23), number(0, 59))
            .as((s, h, m) -> s + h + ":" + m));
  }

  /** Two digits, mostly in the range, sometimes at its edges or just outside it. */
  private static Arbitrary<String> number(int min, int max) {
    return Arbitraries.frequencyOf(
            Tuple.of(8, Arbitraries.integers().between(min, max)),
            Tuple.of(2, Arbitraries.of(min, max, min - 1, max + 1)))
        .map(n -> String.format("%02d", n));
  }
}
