package ai.autogon.label.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain-text table with left-aligned text columns and right-aligned numeric columns. */
final class Table {
  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();

  private Table(List<String> headers, boolean[] numeric) {
    this.headers = headers;
    this.numeric = numeric;
  }

  /** Creates a table; a header ending in {@code '>'} marks a right-aligned column (the marker is not printed). */
  static Table withColumns(String... headers) {
    List<String> names = new ArrayList<>();
    boolean[] numeric = new boolean[headers.length];
    for (int i = 0; i < headers.length; i++) {
      numeric[i] = headers[i].endsWith(">");
      names.add(numeric[i] ? headers[i].substring(0, headers[i].length() - 1) : headers[i]);
    }
    return new Table(names, numeric);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size() + " columns");
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(format(cell));
    }
    rows.add(row);
    return this;
  }

  void print(PrintWriter out) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    out.println(line(headers, widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - cell.length());
      line.append(numeric[i] ? padding + cell : cell + padding);
      if (i < cells.size() - 1) {
        line.append("  ");
      }
    }
    return line.toString().stripTrailing();
  }

  private static String format(Object cell) {
    if (cell instanceof Double || cell instanceof Float) {
      double value = ((Number) cell).doubleValue();
      return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
    return cell == null ? "-" : cell.toString();
  }
}
