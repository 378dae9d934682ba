package dev.eligo.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.PrimitiveType;

/**
 * HAPI's parse of the two forms nearly every FHIR date is written in, a day ({@code 2024-05-17})
 * and a time to the second with its offset ({@code 2024-05-17T08:30:15+02:00}, {@code ...Z}), done
 * with arithmetic instead of a {@code GregorianCalendar}. HAPI's {@code BaseDateTimeType.parse} was
 * the dearest step of reading a patient (a sixth of it on the sample patients).
 *
 * <p>The element is left exactly as {@code setValueAsString} leaves it: the fields that method
 * writes are written here, with the values it computes, so the model, {@code equalsDeep} and every
 * getter see what HAPI's own parse makes ({@code PlainDatesProperty} holds the two to each other
 * field by field, in time zones with gaps at midnight). Anything else is left to HAPI: fractions of
 * a second, a time without an offset, a leap second, years before 1600 (HAPI's calendar is Julian
 * before 1582), a day when the JVM's default time zone is not one fixed offset (see {@link
 * #setDay}), and every text HAPI refuses.
 */
final class PlainDates {
  private static final int FIRST_YEAR = 1600;
  // The offsets written in a Bundle are few; HAPI keeps its time zones in a map of its own too.
  private static final Map<String, TimeZone> ZONES = new ConcurrentHashMap<>();

  private PlainDates() {}

  /**
   * Sets the element to the date written, as {@code setValueAsString} would; false, leaving it
   * untouched, when the text is not one of the plain forms (HAPI's parse then reads it).
   */
  static boolean set(BaseDateTimeType element, String text) {
    if (!Fields.FOUND) {
      return false;
    }
    int length = text.length();
    if (length != 10 && length != 20 && length != 25) {
      return false;
    }
    int year = digits(text, 0, 4);
    int month = text.charAt(4) == '-' ? digits(text, 5, 2) : -1;
    int day = text.charAt(7) == '-' ? digits(text, 8, 2) : -1;
    if (year < FIRST_YEAR || month < 1 || month > 12 || day < 1) {
      return false;
    }
    LocalDate date = LocalDate.of(year, month, 1);
    if (day > date.lengthOfMonth()) {
      return false;
    }
    date = date.withDayOfMonth(day);
    if (length == 10) {
      return setDay(element, text, date);
    }
    return setSecond(element, text, date);
  }

  /**
   * Midnight in the JVM's default time zone, as HAPI's calendar makes it for a day: only when that
   * zone has one offset for all time (UTC, {@code GMT+05:30}, {@code Etc/GMT-3}), as servers and
   * containers mostly run. Where a zone's offset ever changes, {@code java.time} and the calendar's
   * {@code TimeZone} do not always agree on it (local mean time before a zone's first rule; the
   * JDK's {@code TimeZone} for Africa/Windhoek changes its offset at the end of 2036, {@code
   * java.time}'s does not), and a midnight skipped or repeated is settled by the calendar's own
   * rules: the day is HAPI's to parse.
   */
  private static boolean setDay(BaseDateTimeType element, String text, LocalDate date) {
    TimeZone zone = TimeZone.getDefault();
    ZoneRules rules;
    try {
      rules = zone.toZoneId().getRules();
    } catch (DateTimeException e) {
      return false; // a zone java.time cannot name (GMT+23:59, a SimpleTimeZone of one's own)
    }
    if (!rules.isFixedOffset()) {
      return false;
    }
    int offset = rules.getOffset(Instant.EPOCH).getTotalSeconds();
    if (zone.useDaylightTime() || zone.getRawOffset() != offset * 1000) {
      return false;
    }
    long seconds = date.toEpochDay() * 86_400 - offset;
    Fields.write(element, text, date(seconds), TemporalPrecisionEnum.DAY, null, false);
    return true;
  }

  private static boolean setSecond(BaseDateTimeType element, String text, LocalDate date) {
    if (text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':') {
      return false;
    }
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return false; // a leap second (60) rolls over in HAPI's calendar
    }
    long local = date.toEpochDay() * 86_400 + hour * 3_600L + minute * 60L + second;
    char sign = text.charAt(19);
    if (text.length() == 20) {
      if (sign != 'Z') {
        return false;
      }
      Fields.write(element, text, date(local), TemporalPrecisionEnum.SECOND, null, true);
      return true;
    }
    if ((sign != '+' && sign != '-') || text.charAt(22) != ':') {
      return false;
    }
    int offsetHours = digits(text, 20, 2);
    int offsetMinutes = digits(text, 23, 2);
    if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59) {
      return false;
    }
    long offset = (sign == '+' ? 1 : -1) * (offsetHours * 3_600L + offsetMinutes * 60L);
    String zone = text.substring(19);
    Fields.write(
        element,
        text,
        date(local - offset),
        TemporalPrecisionEnum.SECOND,
        ZONES.computeIfAbsent(zone, z -> TimeZone.getTimeZone("GMT" + z)),
        false);
    return true;
  }

  private static Date date(long epochSecond) {
    return new Date(epochSecond * 1000);
  }

  /** The number the ASCII digits at this place write; -1 when any is not a digit. */
  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The private fields {@code setValueAsString} writes. Not {@link #FOUND} when this HAPI has other
   * ones: every date is then HAPI's to parse, and {@code PlainDatesProperty} fails, so an upgrade
   * is noticed.
   *
   * <p>Each handle is a constant of its own, and each call gives it exactly the types it was found
   * with: only then does the JIT make a write a plain store. Handles read from a record's fields
   * and called with a subclass made every write a search for the conversion (a twentieth of reading
   * the samples, in a profile).
   */
  private static final class Fields {
    private static final VarHandle STRING_VALUE;
    private static final VarHandle COERCED_VALUE;
    private static final VarHandle PRECISION;
    private static final VarHandle TIME_ZONE;
    private static final VarHandle TIME_ZONE_ZULU;
    private static final VarHandle FRACTIONAL_SECONDS;
    static final boolean FOUND;

    static {
      VarHandle[] found = find();
      FOUND = found != null;
      STRING_VALUE = FOUND ? found[0] : null;
      COERCED_VALUE = FOUND ? found[1] : null;
      PRECISION = FOUND ? found[2] : null;
      TIME_ZONE = FOUND ? found[3] : null;
      TIME_ZONE_ZULU = FOUND ? found[4] : null;
      FRACTIONAL_SECONDS = FOUND ? found[5] : null;
    }

    private Fields() {}

    private static VarHandle[] find() {
      try {
        MethodHandles.Lookup primitive =
            MethodHandles.privateLookupIn(PrimitiveType.class, MethodHandles.lookup());
        MethodHandles.Lookup dateTime =
            MethodHandles.privateLookupIn(BaseDateTimeType.class, MethodHandles.lookup());
        return new VarHandle[] {
          primitive.findVarHandle(PrimitiveType.class, "myStringValue", String.class),
          primitive.findVarHandle(PrimitiveType.class, "myCoercedValue", Object.class),
          dateTime.findVarHandle(
              BaseDateTimeType.class, "myPrecision", TemporalPrecisionEnum.class),
          dateTime.findVarHandle(BaseDateTimeType.class, "myTimeZone", TimeZone.class),
          dateTime.findVarHandle(BaseDateTimeType.class, "myTimeZoneZulu", boolean.class),
          dateTime.findVarHandle(BaseDateTimeType.class, "myFractionalSeconds", String.class)
        };
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
    }

    /** What {@code clearTimeZone(); fromStringValue(text)} leaves for a text without fraction. */
    static void write(
        BaseDateTimeType element,
        String text,
        Date value,
        TemporalPrecisionEnum precisionOfText,
        TimeZone zone,
        boolean zulu) {
      TIME_ZONE.set(element, zone);
      TIME_ZONE_ZULU.set(element, zulu);
      FRACTIONAL_SECONDS.set(element, "");
      PRECISION.set(element, precisionOfText);
      PrimitiveType<?> primitive = element;
      STRING_VALUE.set(primitive, text);
      COERCED_VALUE.set(primitive, (Object) value);
    }
  }

  /** Whether HAPI's fields were found (false only for a HAPI this was not written against). */
  static boolean available() {
    return Fields.FOUND;
  }
}
