package dev.eligo.benchmarks;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes an NDJSON file of Bundles for load runs of {@code eligo screen}: the sample patients of a
 * directory replicated with fresh ids (patient {@code i} is sample {@code i mod n}, every id in it
 * prefixed {@code p<i>-}), one Bundle per line, and optionally one large Bundle at a given place (a
 * sample patient with copies of its observations until it reaches the size asked for). The output
 * may be a named pipe, so that a million patients need no disk.
 *
 * <p>Usage: {@code GeneratePopulation <samples dir> <output.ndjson> <patients> [--big-mb 50]
 * [--big-at 500000]}
 */
public final class GeneratePopulation {
  private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

  private GeneratePopulation() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println(
          "usage: GeneratePopulation <samples dir> <output.ndjson> <patients> [--big-mb MB] [--big-at N]");
      System.exit(2);
    }
    List<String> samples = samples(Path.of(args[0]));
    long patients = Long.parseLong(args[2]);
    int bigMb = Integer.parseInt(option(args, "--big-mb", "0"));
    long bigAt = Long.parseLong(option(args, "--big-at", String.valueOf(patients / 2)));
    try (OutputStream out =
        new BufferedOutputStream(Files.newOutputStream(Path.of(args[1])), 1 << 20)) {
      for (long i = 0; i < patients; i++) {
        if (bigMb > 0 && i == bigAt) {
          out.write(big(samples.get(0), bigMb).getBytes(StandardCharsets.UTF_8));
          out.write('\n');
        }
        out.write(
            renamed(samples.get((int) (i % samples.size())), "p" + i + "-")
                .getBytes(StandardCharsets.UTF_8));
        out.write('\n');
      }
    }
    System.err.printf(
        Locale.ROOT,
        "wrote %d patients%s to %s%n",
        patients,
        bigMb > 0 ? " and one Bundle of " + bigMb + " MB at line " + (bigAt + 1) : "",
        args[1]);
  }

  /** The sample Bundles, one line each (whitespace between tokens removed). */
  private static List<String> samples(Path dir) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file :
          files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList())) {
        texts.add(minified(Files.readString(file, StandardCharsets.UTF_8)));
      }
    }
    return texts;
  }

  // Removes whitespace outside strings, so that each Bundle is one line.
  private static String minified(String json) {
    StringBuilder out = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\') {
          out.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        out.append(c);
      } else if (!Character.isWhitespace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The Bundle with every resource id (and every reference to one) prefixed. */
  static String renamed(String bundle, String prefix) {
    Matcher ids = ID.matcher(bundle);
    List<String> found = new ArrayList<>();
    while (ids.find()) {
      if (!found.contains(ids.group(1))) {
        found.add(ids.group(1));
      }
    }
    // Longest first, so that an id that contains another is replaced whole.
    found.sort((a, b) -> b.length() - a.length());
    String text = bundle;
    for (String id : found) {
      text =
          text.replace("/" + id + "\"", "/" + prefix + id + "\"")
              .replace("\"id\":\"" + id + "\"", "\"id\":\"" + prefix + id + "\"");
    }
    return text;
  }

  /** A sample patient with copies of its first observation until the Bundle is {@code mb} MB. */
  private static String big(String sample, int mb) {
    String bundle = renamed(sample, "big-");
    int start =
        bundle.lastIndexOf("{\"fullUrl\"", bundle.indexOf("\"resourceType\":\"Observation\""));
    if (start < 0) {
      return bundle;
    }
    int end = entryEnd(bundle, start);
    String entry = bundle.substring(start, end);
    StringBuilder copies = new StringBuilder();
    long target = (long) mb << 20;
    for (int i = 0; bundle.length() + copies.length() < target; i++) {
      copies
          .append(
              entry
                  .replace("\"id\":\"", "\"id\":\"copy" + i + "-")
                  .replace("/Observation/", "/Observation/copy" + i + "-"))
          .append(',');
    }
    return bundle.substring(0, start) + copies + bundle.substring(start);
  }

  private static int entryEnd(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 3; i < args.length - 1; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
