package ai.autogon.label.engine.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Formats the per-epoch history as RFC 4180 CSV: a header row, one row per epoch, CRLF line ends.
 *
 * <p>Numbers have at most six significant digits in plain notation with a dot as decimal separator, whatever the
 * default locale. A value that is {@code NaN} or infinite becomes an empty field.
 */
final class ResultsCsv {
  private static final MathContext SIGNIFICANT_DIGITS = new MathContext(6);
  private static final String LINE_END = "\r\n";

  private ResultsCsv() {}

  /** Returns the CSV text of the given epochs; loss columns follow the order in which loss names first appear. */
  static String format(List<EpochResult> epochs) {
    List<String> lossNames = lossNames(epochs);
    StringBuilder csv = new StringBuilder();

    List<String> header = new ArrayList<>();
    header.add("epoch");
    for (String lossName : lossNames) {
      header.add("train/" + lossName);
    }
    header.addAll(List.of("precision", "recall", "mAP50", "mAP50-95", "lr", "seconds"));
    appendRow(csv, header);

    for (EpochResult epoch : epochs) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(epoch.epoch()));
      for (String lossName : lossNames) {
        row.add(number(epoch.losses().getOrDefault(lossName, Double.NaN)));
      }
      row.add(number(epoch.precision()));
      row.add(number(epoch.recall()));
      row.add(number(epoch.map50()));
      row.add(number(epoch.map50to95()));
      row.add(number(epoch.learningRate()));
      row.add(number(epoch.seconds()));
      appendRow(csv, row);
    }
    return csv.toString();
  }

  /** Returns the loss names of all epochs, each once, in order of first appearance. */
  static List<String> lossNames(List<EpochResult> epochs) {
    Set<String> names = new LinkedHashSet<>();
    for (EpochResult epoch : epochs) {
      names.addAll(epoch.losses().keySet());
    }
    return List.copyOf(names);
  }

  static String number(double value) {
    if (!Double.isFinite(value)) {
      return "";
    }
    if (value == 0) {
      return "0";
    }
    return new BigDecimal(value).round(SIGNIFICANT_DIGITS).stripTrailingZeros().toPlainString();
  }

  private static void appendRow(StringBuilder csv, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(quoted(fields.get(i)));
    }
    csv.append(LINE_END);
  }

  private static String quoted(String field) {
    boolean needsQuotes = field.indexOf(',') >= 0
        || field.indexOf('"') >= 0
        || field.indexOf('\r') >= 0
        || field.indexOf('\n') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }
}
