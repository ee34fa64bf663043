package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the whole command line, Dagger wiring included, against a mock label-model service on loopback. */
class RemoteBackendCliTest {
  private static final String TRAIN_RESPONSE = """
      {"status": true, "message": "model trained", "data": {
        "model_name": "cells-small-1", "model_type": "small", "project_id": 1, "model_load_name": null,
        "epochs": 60, "train_images": 205, "val_images": 87, "training_seconds": 812.4,
        "created_at": "2026-12-04T20:00:00Z",
        "metrics": {"precision": 0.81, "recall": 0.77, "map50": 0.83, "map50_95": 0.52,
          "per_class": [{"label": "WBC", "instances": 21, "precision": 0.95, "recall": 0.97, "ap50": 0.98, "ap50_95": 0.71}]}}}
      """;
  private static final String PREDICT_RESPONSE = """
      {"status": true, "message": "ok", "data": [
        {"image_url": "http://127.0.0.1/a.jpg", "width": 640, "height": 480,
         "annotations": [{"label": "WBC", "confidence": 0.93, "bbox": {"x": 260.0, "y": 177.0, "width": 231.0, "height": 199.0}}],
         "error": null},
        {"image_url": "http://127.0.0.1/missing.jpg", "width": null, "height": null, "annotations": [],
         "error": {"code": "image_unreachable", "message": "GET http://127.0.0.1/missing.jpg returned 404"}}]}
      """;

  @TempDir
  Path workspace;

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
  void trainJsonPrintsContractDataAndSendsExactRequest() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(201).setBody(TRAIN_RESPONSE));

    int exitCode = run("--backend", "remote", "--base-url", baseUrl(), "--api-key", "K",
        "train", "--model-type", "small", "--project-id", "1", "--json");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("\"model_name\": \"cells-small-1\"", "\"model_load_name\": null",
        "\"map50_95\": 0.52", "\"ap50_95\": 0.71");
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo("/api/v1/label/model/train/");
    assertThat(request.getHeader("X-AUG-KEY")).isEqualTo("K");
    assertThat(request.getBody().readUtf8()).isEqualTo("{\"model_type\":\"small\",\"project_id\":1,\"model_load_name\":null}");
  }

  @Test
  void trainTablePrintsMetricsPerClass() {
    server.enqueue(new MockResponse().setResponseCode(201).setBody(TRAIN_RESPONSE));

    int exitCode = run("--backend", "remote", "--base-url", baseUrl(), "--api-key", "K",
        "train", "--model-type", "small", "--project-id", "1", "--model-save-name", "cells-small-1");

    assertThat(exitCode).isZero();
    assertThat(out.toString())
        .contains("model       cells-small-1")
        .contains("all           21      0.810   0.770  0.830     0.520")
        .contains("WBC           21      0.950   0.970  0.980     0.710");
  }

  @Test
  void predictJsonKeepsPerImageErrors() throws Exception {
    server.enqueue(new MockResponse().setBody(PREDICT_RESPONSE));

    int exitCode = run("--backend", "remote", "--base-url", baseUrl(), "--api-key", "K", "--json",
        "predict", "--app-id", "3", "--model-name", "cells-v1", "http://127.0.0.1/a.jpg", "http://127.0.0.1/missing.jpg");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).contains("\"label\": \"WBC\"", "\"code\": \"image_unreachable\"", "\"error\": null");
    assertThat(err.toString()).contains("1 of 2 images could not be annotated");
    String body = server.takeRequest().getBody().readUtf8();
    assertThat(body).isEqualTo("{\"app_id\":3,\"confidence_thresh\":0.25,"
        + "\"image_urls\":[\"http://127.0.0.1/a.jpg\",\"http://127.0.0.1/missing.jpg\"],"
        + "\"model_name\":\"cells-v1\",\"overlap_thresh\":0.45}");
  }

  @Test
  void serverErrorExitsOneWithServerMessage() {
    server.enqueue(new MockResponse().setResponseCode(404).setBody("{\"status\": false, \"message\": \"project 9 not found\"}"));

    int exitCode = run("--backend", "remote", "--base-url", baseUrl(), "--api-key", "K",
        "train", "--model-type", "small", "--project-id", "9");

    assertThat(exitCode).isEqualTo(1);
    assertThat(err.toString()).isEqualTo("autogon-label: project 9 not found" + System.lineSeparator());
  }

  @Test
  void unknownModelTypeExitsTwoWithOneLine() {
    int exitCode = run("train", "--model-type", "huge", "--project-id", "1");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(
        "autogon-label: Invalid value for option '--model-type': model_type must be one of 'small', 'medium', 'large', "
            + "got 'huge' (see 'autogon-label train --help')");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void confidenceAboveOneExitsTwo() {
    int exitCode = run("predict", "--app-id", "1", "--model-name", "m", "--confidence", "1.5", "a.jpg");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("confidence_thresh must be between 0 and 1, got 1.5");
  }

  @Test
  void escapingModelNameExitsTwo() {
    int exitCode = run("train", "--model-type", "small", "--project-id", "1", "--model-save-name", "../x");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("model_save_name must be 1 to 64 characters", "got '../x'");
  }

  @Test
  void missingApiKeyForRemoteExitsTwo() {
    int exitCode = run("--backend", "remote", "--base-url", baseUrl(), "train", "--model-type", "small", "--project-id", "1");

    assertThat(exitCode).isEqualTo(2);
    assertThat(err.toString()).contains("api_key is missing");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void versionPrintsProductName() {
    int exitCode = run("--version");

    assertThat(exitCode).isZero();
    assertThat(out.toString()).startsWith("autogon-label ");
  }

  @Test
  void everyCommandHasHelpWithExample() {
    CommandLine root = CommandLineFactory.create(Map.of(), config -> {
      throw new AssertionError("help opened the workspace");
    }, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    List<List<String>> commands = new ArrayList<>();
    collectCommands(root, new ArrayList<>(), commands);
    assertThat(commands).contains(List.of(), List.of("demo"), List.of("models", "show"), List.of("project", "import"));

    PrintStream systemErr = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (List<String> command : commands) {
        List<String> args = new ArrayList<>(command);
        args.add("--help");
        StringWriter help = new StringWriter();
        int exitCode = Main.run(args.toArray(String[]::new), Map.of(), new PrintWriter(help), new PrintWriter(new StringWriter()));

        assertThat(exitCode).as(String.join(" ", args)).isZero();
        assertThat(help.toString()).as(String.join(" ", args)).contains("Example");
      }
    } finally {
      System.setErr(systemErr);
    }
    // picocli reports a description it cannot format, such as one with a bare percent sign, on System.err.
    assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private static void collectCommands(CommandLine command, List<String> path, List<List<String>> commands) {
    commands.add(List.copyOf(path));
    for (Map.Entry<String, CommandLine> subcommand : command.getSubcommands().entrySet()) {
      if (subcommand.getValue().getCommandSpec().name().equals(subcommand.getKey())) {
        List<String> subcommandPath = new ArrayList<>(path);
        subcommandPath.add(subcommand.getKey());
        collectCommands(subcommand.getValue(), subcommandPath, commands);
      }
    }
  }

  private String baseUrl() {
    return server.url("/api/v1").toString();
  }

  private int run(String... args) {
    Map<String, String> env = Map.of("AUTOGON_HOME", workspace.toString());
    return Main.run(args, env, new PrintWriter(out), new PrintWriter(err));
  }
}
