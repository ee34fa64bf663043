package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.squareup.moshi.Moshi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs {@code predict} with an export through the whole command line against a mock service on loopback. */
class PredictExportCliTest {
  private static final String PREDICT_RESPONSE = """
      {"status": true, "message": "ok", "data": [
        {"image_url": "http://127.0.0.1/a.jpg", "width": 640, "height": 480,
         "annotations": [{"label": "WBC", "confidence": 0.93, "bbox": {"x": 260.5, "y": 177.0, "width": 231.0, "height": 199.25}},
                         {"label": "RBC", "confidence": 0.41, "bbox": {"x": 10.0, "y": 12.0, "width": 40.0, "height": 38.0}}],
         "error": null},
        {"image_url": "http://127.0.0.1/missing.jpg", "width": null, "height": null, "annotations": [],
         "error": {"code": "image_unreachable", "message": "GET http://127.0.0.1/missing.jpg returned 404"}}]}
      """;

  @TempDir
  Path directory;

  private MockWebServer server;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void startServer() throws IOException {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  @Test
  @SuppressWarnings("unchecked")
  void labelStudioExportWritesTasksWithPredictions() throws Exception {
    server.enqueue(new MockResponse().setBody(PREDICT_RESPONSE));
    Path output = directory.resolve("tasks.json");

    int exitCode = run("predict", "--app-id", "3", "--model-name", "cells-v1",
        "--format", "labelstudio", "--output", output.toString(),
        "http://127.0.0.1/a.jpg", "http://127.0.0.1/missing.jpg");

    assertThat(exitCode).isZero();
    assertThat(err.toString()).contains(
        "autogon-label: no boxes for http://127.0.0.1/missing.jpg: image_unreachable: "
            + "GET http://127.0.0.1/missing.jpg returned 404",
        "autogon-label: wrote labelstudio predictions for 1 of 2 images to " + output,
        "1 of 2 images could not be annotated");
    List<Map<String, Object>> tasks = (List<Map<String, Object>>) new Moshi.Builder().build().adapter(Object.class)
        .fromJson(Files.readString(output));
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).get("data")).isEqualTo(Map.of("image", "http://127.0.0.1/a.jpg"));
    Map<String, Object> prediction = ((List<Map<String, Object>>) tasks.get(0).get("predictions")).get(0);
    assertThat(prediction.get("model_version")).isEqualTo("cells-v1");
    assertThat((double) prediction.get("score")).isCloseTo((0.93 + 0.41) / 2, within(1e-12));
    List<Map<String, Object>> regions = (List<Map<String, Object>>) prediction.get("result");
    assertThat(regions).extracting(region -> ((Map<String, Object>) region.get("value")).get("rectanglelabels"))
        .containsExactly(List.of("WBC"), List.of("RBC"));
    Map<String, Object> value = (Map<String, Object>) regions.get(0).get("value");
    assertThat((double) value.get("x") * 640 / 100).isCloseTo(260.5, within(1e-6));
    assertThat((double) value.get("height") * 480 / 100).isCloseTo(199.25, within(1e-6));
  }

  @Test
  void existingOutputStopsBeforePredicting() throws Exception {
    Path output = Files.writeString(directory.resolve("tasks.json"), "mine");

    int exitCode = run("predict", "--app-id", "3", "--model-name", "cells-v1",
        "--format", "labelstudio", "--output", output.toString(), "http://127.0.0.1/a.jpg");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("autogon-label: cannot write " + output + ": the file already exists; "
        + "choose another output path or pass --overwrite-output to replace it" + System.lineSeparator());
    assertThat(Files.readString(output)).isEqualTo("mine");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void overwriteOutputReplacesFile() throws Exception {
    server.enqueue(new MockResponse().setBody(PREDICT_RESPONSE));
    Path output = Files.writeString(directory.resolve("predictions.json"), "old");

    int exitCode = run("predict", "--app-id", "3", "--model-name", "cells-v1", "--format", "json",
        "--output", output.toString(), "--overwrite-output", "http://127.0.0.1/a.jpg", "http://127.0.0.1/missing.jpg");

    assertThat(exitCode).isZero();
    assertThat(Files.readString(output)).contains("\"label\": \"WBC\"", "\"code\": \"image_unreachable\"");
  }

  @Test
  void formatWithoutOutputIsUsageError() {
    int exitCode = run("predict", "--app-id", "3", "--model-name", "cells-v1", "--format", "coco",
        "http://127.0.0.1/a.jpg");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("--format needs --output PATH to write the predictions to");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void manyImagesSentInChunksWithProgress() throws Exception {
    server.enqueue(new MockResponse().setBody(PREDICT_RESPONSE));
    server.enqueue(new MockResponse().setBody("""
        {"status": true, "message": "ok", "data": [
          {"image_url": "http://127.0.0.1/c.jpg", "width": 10, "height": 10, "annotations": [], "error": null}]}
        """));

    int exitCode = run("--json", "predict", "--app-id", "3", "--model-name", "cells-v1", "--batch-size", "2",
        "http://127.0.0.1/a.jpg", "http://127.0.0.1/missing.jpg", "http://127.0.0.1/c.jpg");

    assertThat(exitCode).isZero();
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getBody().readUtf8())
        .contains("\"image_urls\":[\"http://127.0.0.1/a.jpg\",\"http://127.0.0.1/missing.jpg\"]");
    assertThat(server.takeRequest().getBody().readUtf8()).contains("\"image_urls\":[\"http://127.0.0.1/c.jpg\"]");
    assertThat(out.toString()).contains("\"image_url\": \"http://127.0.0.1/c.jpg\"");
    assertThat(err.toString()).contains("predict [========================] 3/3 images, 1 failed");
  }

  @Test
  void folderWithSaveImagesAndYoloExport() throws Exception {
    Path scans = Files.createDirectories(directory.resolve("scans"));
    Path image = scans.resolve("cells.png");
    BufferedImage white = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = white.createGraphics();
    graphics.setColor(Color.WHITE);
    graphics.fillRect(0, 0, 64, 48);
    graphics.dispose();
    ImageIO.write(white, "png", image.toFile());
    String uri = image.toAbsolutePath().normalize().toUri().toString();
    server.enqueue(new MockResponse().setBody("{\"status\": true, \"message\": \"ok\", \"data\": [{\"image_url\": \""
        + uri + "\", \"width\": 64, \"height\": 48, \"annotations\": [{\"label\": \"WBC\", \"confidence\": 0.8, "
        + "\"bbox\": {\"x\": 16.0, \"y\": 12.0, \"width\": 32.0, \"height\": 24.0}}], \"error\": null}]}"));
    Path labels = directory.resolve("labels");
    Path drawn = directory.resolve("drawn");

    int exitCode = run("predict", "--app-id", "3", "--model-name", "cells-v1", "--format", "yolo",
        "--output", labels.toString(), "--save-images", drawn.toString(), scans.toString());

    assertThat(exitCode).as(err.toString()).isZero();
    assertThat(server.takeRequest().getBody().readUtf8()).contains("\"image_urls\":[\"" + uri + "\"]");
    assertThat(Files.readString(labels.resolve("cells.txt"))).isEqualTo("0 0.500000 0.500000 0.500000 0.500000\n");
    assertThat(Files.readString(labels.resolve("classes.txt"))).isEqualTo("WBC\n");
    BufferedImage saved = ImageIO.read(drawn.resolve("cells.png").toFile());
    assertThat(saved.getWidth()).isEqualTo(64);
    assertThat(saved.getHeight()).isEqualTo(48);
    assertThat(saved.getRGB(16, 30) & 0xFFFFFF).as("pixel on the box's left edge").isNotEqualTo(0xFFFFFF);
    assertThat(err.toString()).contains("autogon-label: drew boxes on 1 image in " + drawn);
  }

  private int run(String... args) {
    String[] global = {"--backend", "remote", "--base-url", server.url("/api/v1").toString(), "--api-key", "K"};
    String[] all = new String[global.length + args.length];
    System.arraycopy(global, 0, all, 0, global.length);
    System.arraycopy(args, 0, all, global.length, args.length);
    Map<String, String> env = Map.of("AUTOGON_HOME", directory.resolve("workspace").toString());
    return Main.run(all, env, new PrintWriter(out), new PrintWriter(err));
  }
}
