package ai.autogon.label.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Reads the API keys a {@link LabelModelServer} accepts in the {@code X-AUG-KEY} header. */
public final class ApiKeys {
  /** Name of the environment variable the CLI reads keys from, comma-separated. */
  public static final String ENVIRONMENT_VARIABLE = "AUTOGON_SERVER_KEYS";

  private ApiKeys() {}

  /**
   * Reads a key file: one key per line, surrounding spaces ignored, blank lines and lines starting with
   * {@code #} skipped.
   *
   * @throws IllegalArgumentException naming the file and line when the file is missing or a line is not a valid key
   */
  public static Set<String> readKeyFile(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException("API key file " + file + " does not exist", e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read API key file " + file + ": " + e.getMessage(), e);
    }

    Set<String> keys = new LinkedHashSet<>();
    for (int index = 0; index < lines.size(); index++) {
      String line = lines.get(index).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      keys.add(requireValidKey(line, "API key file " + file + " line " + (index + 1)));
    }
    return Set.copyOf(keys);
  }

  /**
   * Parses the value of {@value #ENVIRONMENT_VARIABLE}: keys separated by commas, surrounding spaces ignored.
   *
   * @throws IllegalArgumentException naming the position when an entry is not a valid key
   */
  public static Set<String> parseList(String value) {
    Set<String> keys = new LinkedHashSet<>();
    if (value == null) {
      return Set.of();
    }
    String[] entries = value.split(",", -1);
    for (int index = 0; index < entries.length; index++) {
      String entry = entries[index].strip();
      if (!entry.isEmpty()) {
        keys.add(requireValidKey(entry, ENVIRONMENT_VARIABLE + " entry " + (index + 1)));
      }
    }
    return Set.copyOf(keys);
  }

  /** Checks that a key can travel in an HTTP header: visible ASCII only. The message never shows the key. */
  static String requireValidKey(String key, String where) {
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= ' ' || c > '~') {
        throw new IllegalArgumentException(
            where + ": an API key may contain only visible ASCII characters without spaces, found "
                + describe(c) + " at position " + (i + 1));
      }
    }
    return key;
  }

  private static String describe(char c) {
    return c == ' ' ? "a space" : String.format("U+%04X", (int) c);
  }
}
