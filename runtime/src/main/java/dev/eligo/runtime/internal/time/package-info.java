/**
 * Internal: calendar time for generated evaluators, not an API.
 *
 * <p>Calendar time for eligibility criteria: durations written in a protocol ({@code 28 days},
 * {@code 3 months}), windows relative to an anchor date, and spans measured in a record (an age, a
 * course length). All arithmetic is calendar arithmetic on {@link java.time.LocalDate}; nothing
 * here reads the machine's clock or zone.
 */
package dev.eligo.runtime.internal.time;
