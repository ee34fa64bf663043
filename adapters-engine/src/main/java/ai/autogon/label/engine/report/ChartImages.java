package ai.autogon.label.engine.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Shared look of the report's line charts, and rendering of charts to images. */
final class ChartImages {
  static final int WIDTH = 1000;
  static final int HEIGHT = 650;
  static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  static final Font AXIS_TITLE_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 16);
  static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  static final Font LEGEND_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 14);

  // Above this many points per series, markers hide the line, so only the line is drawn.
  private static final int MAX_POINTS_WITH_MARKERS = 40;

  private ChartImages() {}

  /** Creates an empty line chart with the report's fonts, white background and legend at the right. */
  static XYChart lineChart(String title, String xAxisTitle, String yAxisTitle) {
    XYChart chart = new XYChartBuilder()
        .width(WIDTH)
        .height(HEIGHT)
        .title(title)
        .xAxisTitle(xAxisTitle)
        .yAxisTitle(yAxisTitle)
        .theme(Styler.ChartTheme.XChart)
        .build();
    XYStyler styler = chart.getStyler();
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setPlotGridLinesColor(new Color(220, 220, 220));
    styler.setPlotBorderVisible(true);
    styler.setChartTitleFont(TITLE_FONT);
    styler.setAxisTitleFont(AXIS_TITLE_FONT);
    styler.setAxisTickLabelsFont(TICK_FONT);
    styler.setLegendFont(LEGEND_FONT);
    styler.setLegendPosition(Styler.LegendPosition.OutsideE);
    styler.setLegendBorderColor(Color.WHITE);
    styler.setAntiAlias(true);
    return chart;
  }

  /** Marks the series points when there are few enough of them to tell apart. */
  static void styleMarkers(org.knowm.xchart.XYSeries series, int points) {
    series.setMarker(points <= MAX_POINTS_WITH_MARKERS ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
  }

  /** Renders a chart at its own size. */
  static BufferedImage render(Chart<?, ?> chart) {
    return BitmapEncoder.getBufferedImage(chart);
  }

  /**
   * Renders a chart frame with a message that there is nothing to plot, for a chart whose every value is missing.
   *
   * <p>XChart cannot scale axes without data, so the frame is drawn with Java2D instead.
   */
  static BufferedImage noData(String title, String reason) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, WIDTH, HEIGHT);
      graphics.setColor(Color.BLACK);
      graphics.setFont(TITLE_FONT);
      drawCentred(graphics, title, HEIGHT / 3);
      graphics.setFont(AXIS_TITLE_FONT);
      graphics.setColor(Color.DARK_GRAY);
      drawCentred(graphics, reason, HEIGHT / 2);
    } finally {
      graphics.dispose();
    }
    return image;
  }

  private static void drawCentred(Graphics2D graphics, String text, int baseline) {
    FontMetrics metrics = graphics.getFontMetrics();
    graphics.drawString(text, (WIDTH - metrics.stringWidth(text)) / 2, baseline);
  }
}
