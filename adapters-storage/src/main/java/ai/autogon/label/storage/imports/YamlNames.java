package ai.autogon.label.storage.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Reads the {@code names:} entry of a YOLO {@code data.yaml}, the only key the importer needs.
 *
 * <p>Supports the forms that YOLO tools write: a flow list ({@code names: [a, b]}), a block list
 * ({@code - a} lines) and a map of class ids ({@code 0: a} lines). Values may be quoted. Other YAML is ignored.
 */
final class YamlNames {
  private YamlNames() {}

  /** Returns the class names in id order, or empty when the text has no {@code names:} key. */
  static Optional<List<String>> parse(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i));
      if (!line.startsWith("names:")) {
        continue;
      }
      String inline = line.substring("names:".length()).trim();
      if (inline.startsWith("[")) {
        return Optional.of(flowList(inline, lines, i));
      }
      return Optional.of(block(lines, i + 1));
    }
    return Optional.empty();
  }

  private static List<String> flowList(String inline, List<String> lines, int start) {
    StringBuilder text = new StringBuilder(inline);
    for (int i = start + 1; text.indexOf("]") < 0 && i < lines.size(); i++) {
      text.append(' ').append(stripComment(lines.get(i)));
    }
    int end = text.indexOf("]");
    String body = text.substring(1, end < 0 ? text.length() : end);
    List<String> names = new ArrayList<>();
    for (String item : body.split(",")) {
      String name = unquote(item.trim());
      if (!name.isEmpty()) {
        names.add(name);
      }
    }
    return names;
  }

  private static List<String> block(List<String> lines, int start) {
    List<String> listed = new ArrayList<>();
    TreeMap<Integer, String> mapped = new TreeMap<>();
    for (int i = start; i < lines.size(); i++) {
      String raw = lines.get(i);
      String line = stripComment(raw);
      if (line.isEmpty()) {
        continue;
      }
      if (!Character.isWhitespace(raw.charAt(0)) && !line.startsWith("-")) {
        break;
      }
      if (line.startsWith("-")) {
        listed.add(unquote(line.substring(1).trim()));
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        try {
          mapped.put(Integer.parseInt(line.substring(0, colon).trim()), unquote(line.substring(colon + 1).trim()));
        } catch (NumberFormatException e) {
          break;
        }
      }
    }
    return listed.isEmpty() ? new ArrayList<>(mapped.values()) : listed;
  }

  private static String stripComment(String line) {
    if (line.trim().startsWith("#")) {
      return "";
    }
    int hash = line.indexOf(" #");
    String withoutComment = hash >= 0 ? line.substring(0, hash) : line;
    return withoutComment.trim();
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("'") && value.endsWith("'")) || (value.startsWith("\"") && value.endsWith("\"")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
