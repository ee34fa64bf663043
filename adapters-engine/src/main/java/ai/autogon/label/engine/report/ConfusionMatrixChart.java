package ai.autogon.label.engine.report;

import ai.autogon.label.application.evaluation.ConfusionMatrix;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.style.HeatMapStyler;
import org.knowm.xchart.style.Styler;

/**
 * Draws the confusion matrix as a heat map: the true class across, the predicted class down, background last.
 *
 * <p>Each cell's colour is its share of the true class's column, so rare classes stay as visible as common ones, and
 * the cell shows the count itself.
 */
final class ConfusionMatrixChart {
  static final String BACKGROUND = "background";

  // Above this many rows and columns the counts no longer fit in their cells and are left out.
  private static final int MAX_CELLS_WITH_COUNTS = 30;
  private static final Color[] SHARE_COLOURS = {Color.WHITE, new Color(158, 202, 225), new Color(33, 113, 181)};

  private ConfusionMatrixChart() {}

  /** Returns the heat map image of the matrix. */
  static BufferedImage draw(ConfusionMatrix matrix) {
    long[][] counts = matrix.counts();
    int size = counts.length;
    List<String> labels = new ArrayList<>(matrix.classNames());
    labels.add(BACKGROUND);

    // XChart puts y index 0 at the bottom, so the predicted classes are listed bottom-up to read top-down.
    List<String> predictedLabels = new ArrayList<>(labels);
    Collections.reverse(predictedLabels);
    List<Number[]> cells = new ArrayList<>();
    for (int actual = 0; actual < size; actual++) {
      long columnTotal = 0;
      for (int predicted = 0; predicted < size; predicted++) {
        columnTotal += counts[predicted][actual];
      }
      for (int predicted = 0; predicted < size; predicted++) {
        double share = columnTotal == 0 ? 0 : (double) counts[predicted][actual] / columnTotal;
        cells.add(new Number[] {actual, size - 1 - predicted, share});
      }
    }

    int side = Math.min(2400, Math.max(800, 200 + 48 * size));
    CountingHeatMap chart = new CountingHeatMap(new HeatMapChartBuilder()
        .width(side + 150)
        .height(side)
        .title("Confusion matrix (colour: share of the true class; numbers: counts)")
        .xAxisTitle("true")
        .yAxisTitle("predicted"), counts, size <= MAX_CELLS_WITH_COUNTS);
    style(chart.getStyler(), size);
    chart.addSeries("share of the true class", labels, predictedLabels, cells);
    return ChartImages.render(chart);
  }

  private static void style(HeatMapStyler styler, int size) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setChartTitleFont(ChartImages.TITLE_FONT);
    styler.setAxisTitleFont(ChartImages.AXIS_TITLE_FONT);
    styler.setAxisTickLabelsFont(ChartImages.TICK_FONT);
    styler.setLegendFont(ChartImages.LEGEND_FONT);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setPlotContentSize(1.0);
    styler.setRangeColors(SHARE_COLOURS);
    styler.setMin(0);
    styler.setMax(1);
    styler.setDrawBorder(true);
    styler.setShowValue(false);
    styler.setHeatMapValueDecimalPattern("0.00");
    styler.setXAxisLabelRotation(size > 8 ? 90 : 0);
    styler.setAntiAlias(true);
  }

  /**
   * Heat map that writes each cell's count over XChart's coloured cells, since XChart can only print the value that
   * sets the colour.
   *
   * <p>NOTE: the cell geometry repeats XChart 3.8.8's {@code PlotContent_HeatMap}: with a plot content size of 1 the
   * cells split the plot bounds evenly, and y index 0 is the bottom row. Check the picture after an XChart upgrade.
   */
  private static final class CountingHeatMap extends HeatMapChart {
    private final long[][] counts;
    private final boolean showCounts;

    CountingHeatMap(HeatMapChartBuilder builder, long[][] counts, boolean showCounts) {
      super(builder);
      this.counts = counts;
      this.showCounts = showCounts;
    }

    @Override
    public void paint(Graphics2D graphics, int width, int height) {
      super.paint(graphics, width, height);
      if (showCounts) {
        paintCounts(graphics, plot.getBounds());
      }
    }

    private void paintCounts(Graphics2D graphics, Rectangle2D bounds) {
      int size = counts.length;
      double cellWidth = bounds.getWidth() / size;
      double cellHeight = bounds.getHeight() / size;
      Font font = new Font(Font.SANS_SERIF, Font.BOLD, (int) Math.max(10, Math.min(22, cellHeight / 3)));
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      FontRenderContext context = graphics.getFontRenderContext();
      for (int predicted = 0; predicted < size; predicted++) {
        for (int actual = 0; actual < size; actual++) {
          long count = counts[predicted][actual];
          if (count == 0) {
            continue;
          }
          TextLayout text = new TextLayout(Long.toString(count), font, context);
          Rectangle2D textBounds = text.getBounds();
          double centreX = bounds.getX() + (actual + 0.5) * cellWidth;
          double centreY = bounds.getY() + (predicted + 0.5) * cellHeight;
          // White on the dark end of the colour scale, black elsewhere.
          graphics.setColor(share(predicted, actual) > 0.6 ? Color.WHITE : Color.BLACK);
          text.draw(graphics,
              (float) (centreX - textBounds.getWidth() / 2 - textBounds.getX()),
              (float) (centreY - textBounds.getHeight() / 2 - textBounds.getY()));
        }
      }
    }

    private double share(int predicted, int actual) {
      long columnTotal = 0;
      for (long[] row : counts) {
        columnTotal += row[actual];
      }
      return columnTotal == 0 ? 0 : (double) counts[predicted][actual] / columnTotal;
    }
  }
}
