package dev.eligo.spark;

import dev.eligo.fhir.PatientJson;
import dev.eligo.fhir.PatientReadError;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * What the inputs are, found on the driver by listing them: NDJSON files of Bundles, FHIR bulk
 * exports (a directory holding {@code Patient*.ndjson}), and inputs that cannot be read at all. A
 * directory without a Patient file holds NDJSON files of Bundles; any file is NDJSON of Bundles.
 */
final class InputPlan implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A file to read: where Spark reads it, its name in sources, and its place in its export. */
  record InputFile(String uri, String name, int export, int order, boolean patients)
      implements Serializable {}

  /** A bulk export: a number for grouping and the directory's name, which names its orphans. */
  record Export(int number, String name) implements Serializable {}

  private final List<InputFile> bundleFiles = new ArrayList<>();
  private final List<InputFile> exportFiles = new ArrayList<>();
  private final List<Export> exports = new ArrayList<>();
  private final List<PatientReadError> errors = new ArrayList<>();

  /** Lists every input (a path, a directory or a glob on any file system Hadoop reads). */
  static InputPlan of(List<String> inputs, Configuration hadoop) throws IOException {
    InputPlan plan = new InputPlan();
    for (String input : inputs) {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(hadoop);
      FileStatus[] matches = fs.globStatus(path);
      if (matches == null || matches.length == 0) {
        plan.errors.add(new PatientReadError(path.getName(), "no such file or directory"));
        continue;
      }
      Arrays.sort(matches, Comparator.comparing(s -> s.getPath().toString()));
      for (FileStatus match : matches) {
        plan.add(fs, match);
      }
    }
    return plan;
  }

  private void add(FileSystem fs, FileStatus input) throws IOException {
    if (!input.isDirectory()) {
      bundleFiles.add(file(input, -1, 0, false));
      return;
    }
    List<FileStatus> files = new ArrayList<>();
    for (FileStatus status : fs.listStatus(input.getPath())) {
      if (status.isFile()
          && status.getPath().getName().toLowerCase(Locale.ROOT).endsWith(".ndjson")) {
        files.add(status);
      }
    }
    files.sort(Comparator.comparing(s -> s.getPath().getName()));
    String name = input.getPath().getName();
    if (files.isEmpty()) {
      errors.add(new PatientReadError(name, "the directory holds no .ndjson file"));
    } else if (files.stream().anyMatch(f -> PatientJson.isPatientFile(f.getPath().getName()))) {
      Export export = new Export(exports.size(), name);
      exports.add(export);
      for (int i = 0; i < files.size(); i++) {
        FileStatus f = files.get(i);
        exportFiles.add(
            file(f, export.number(), i, PatientJson.isPatientFile(f.getPath().getName())));
      }
    } else {
      files.forEach(f -> bundleFiles.add(file(f, -1, 0, false)));
    }
  }

  private static InputFile file(FileStatus status, int export, int order, boolean patients) {
    return new InputFile(
        key(status.getPath().toUri().toString()),
        status.getPath().getName(),
        export,
        order,
        patients);
  }

  /**
   * A file's URI in one spelling: Hadoop's listing may write {@code file:///tmp/x} where Spark's
   * file metadata writes {@code file:/tmp/x}; both become the latter.
   */
  static String key(String uri) {
    java.net.URI parsed = java.net.URI.create(uri);
    String authority = parsed.getRawAuthority();
    return parsed.getScheme()
        + ":"
        + (authority == null || authority.isEmpty() ? "" : "//" + authority)
        + parsed.getRawPath();
  }

  List<InputFile> bundleFiles() {
    return bundleFiles;
  }

  List<InputFile> exportFiles() {
    return exportFiles;
  }

  List<Export> exports() {
    return exports;
  }

  /** Inputs that gave no file to read, each an {@code ERROR} row. */
  List<PatientReadError> errors() {
    return errors;
  }

  List<InputFile> allFiles() {
    List<InputFile> all = new ArrayList<>(bundleFiles);
    all.addAll(exportFiles);
    return all;
  }
}
