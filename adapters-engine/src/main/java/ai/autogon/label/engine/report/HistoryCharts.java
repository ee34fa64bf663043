package ai.autogon.label.engine.report;

import java.awt.BasicStroke;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** Draws the per-epoch charts: training losses and validation metrics. */
final class HistoryCharts {
  private static final BasicStroke LINE = new BasicStroke(2.5f);

  private HistoryCharts() {}

  /** Returns a chart with one line per loss name over the epochs, leaving out epochs where that loss is missing. */
  static BufferedImage losses(List<EpochResult> epochs) {
    String title = "Training losses";
    XYChart chart = epochChart(title, "mean loss");
    boolean plotted = false;
    for (String lossName : ResultsCsv.lossNames(epochs)) {
      plotted |= addSeries(chart, lossName, epochs, epoch -> epoch.losses().getOrDefault(lossName, Double.NaN));
    }
    if (!plotted) {
      return ChartImages.noData(title, "No finite loss values were recorded.");
    }
    return ChartImages.render(chart);
  }

  /** Returns a chart of validation precision, recall, mAP50 and mAP50-95 over the epochs, on a 0 to 1 scale. */
  static BufferedImage metrics(List<EpochResult> epochs) {
    String title = "Validation metrics";
    XYChart chart = epochChart(title, "value (0 to 1)");
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.0);
    boolean plotted = addSeries(chart, "precision", epochs, EpochResult::precision);
    plotted |= addSeries(chart, "recall", epochs, EpochResult::recall);
    plotted |= addSeries(chart, "mAP50", epochs, EpochResult::map50);
    plotted |= addSeries(chart, "mAP50-95", epochs, EpochResult::map50to95);
    if (!plotted) {
      return ChartImages.noData(title, "No finite validation metrics were recorded.");
    }
    return ChartImages.render(chart);
  }

  /** Creates a line chart over epochs whose x axis labels only whole epoch numbers. */
  private static XYChart epochChart(String title, String yAxisTitle) {
    XYChart chart = ChartImages.lineChart(title, "epoch", yAxisTitle);
    // XChart places ticks at fractions when there are few epochs; labelling only whole ticks avoids "1.5" epochs.
    chart.setCustomXAxisTickLabelsFormatter(x -> x == Math.rint(x) ? Long.toString(Math.round(x)) : "");
    return chart;
  }

  /** Adds the finite values as a series and returns whether there were any. */
  private static boolean addSeries(
      XYChart chart, String name, List<EpochResult> epochs, ToDoubleFunction<EpochResult> value) {
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    for (EpochResult epoch : epochs) {
      double v = value.applyAsDouble(epoch);
      if (Double.isFinite(v)) {
        x.add((double) epoch.epoch());
        y.add(v);
      }
    }
    if (x.isEmpty()) {
      return false;
    }
    XYSeries series = chart.addSeries(name, x, y);
    series.setLineStyle(LINE);
    ChartImages.styleMarkers(series, x.size());
    return true;
  }
}
