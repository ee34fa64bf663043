package ai.autogon.label.engine.report;

import ai.autogon.label.application.evaluation.ClassEvaluation;
import ai.autogon.label.application.evaluation.DetectionEvaluation;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the precision-recall curve of each class at IoU 0.50 and their mean. */
final class PrecisionRecallChart {
  // With more classes the legend would not fit, so only the mean is named.
  private static final int MAX_CLASSES_IN_LEGEND = 20;

  private PrecisionRecallChart() {}

  /**
   * Returns the chart of the interpolated precision at each recall level, one thin line per class with ground truth
   * and a thick line for the mean over those classes.
   *
   * <p>The legend gives each class's AP at IoU 0.50, and the mean line's label gives the mAP50 of the evaluation.
   */
  static BufferedImage draw(DetectionEvaluation evaluation) {
    String title = "Precision-recall curve at IoU 0.50";
    List<ClassEvaluation> plotted = new ArrayList<>();
    for (ClassEvaluation classEvaluation : evaluation.classes()) {
      if (classEvaluation.hasGroundTruth() && isPlottable(classEvaluation.curve50().interpolatedPrecision())) {
        plotted.add(classEvaluation);
      }
    }
    if (plotted.isEmpty()) {
      return ChartImages.noData(title, "No class has ground truth in the validation images.");
    }

    XYChart chart = ChartImages.lineChart(title, "recall", "precision");
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(1.0);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(1.05);
    chart.getStyler().setXAxisDecimalPattern("0.0#");
    chart.getStyler().setYAxisDecimalPattern("0.0#");
    boolean showClassesInLegend = plotted.size() <= MAX_CLASSES_IN_LEGEND;

    double[] meanPrecision = null;
    for (ClassEvaluation classEvaluation : plotted) {
      double[] precision = classEvaluation.curve50().interpolatedPrecision();
      String name = classEvaluation.label() + " " + format(classEvaluation.ap50());
      XYSeries series = chart.addSeries(uniqueName(chart, name), recallLevels(precision.length), precision);
      series.setMarker(SeriesMarkers.NONE);
      series.setLineStyle(new BasicStroke(1.5f));
      series.setShowInLegend(showClassesInLegend);
      meanPrecision = addInto(meanPrecision, precision);
    }

    for (int i = 0; i < meanPrecision.length; i++) {
      meanPrecision[i] /= plotted.size();
    }
    String meanName = "all classes " + format(evaluation.metrics().map50()) + " mAP50";
    XYSeries mean = chart.addSeries(uniqueName(chart, meanName), recallLevels(meanPrecision.length), meanPrecision);
    mean.setMarker(SeriesMarkers.NONE);
    mean.setLineColor(new Color(20, 60, 160));
    mean.setLineStyle(new BasicStroke(4f));
    return ChartImages.render(chart);
  }

  private static boolean isPlottable(double[] precision) {
    if (precision.length < 2) {
      return false;
    }
    for (double value : precision) {
      if (!Double.isFinite(value)) {
        return false;
      }
    }
    return true;
  }

  private static double[] recallLevels(int count) {
    double[] levels = new double[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (double) i / (count - 1);
    }
    return levels;
  }

  /** Adds the precision values to the running sum; curves of unequal length are summed over their common prefix. */
  private static double[] addInto(double[] sum, double[] precision) {
    if (sum == null) {
      return precision.clone();
    }
    double[] result = new double[Math.min(sum.length, precision.length)];
    for (int i = 0; i < result.length; i++) {
      result[i] = sum[i] + precision[i];
    }
    return result;
  }

  private static String format(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
  }

  /** Returns the name, with a number appended when two classes share a label, since XChart needs unique names. */
  private static String uniqueName(XYChart chart, String name) {
    String unique = name;
    for (int copy = 2; chart.getSeriesMap().containsKey(unique); copy++) {
      unique = name + " (" + copy + ")";
    }
    return unique;
  }
}
