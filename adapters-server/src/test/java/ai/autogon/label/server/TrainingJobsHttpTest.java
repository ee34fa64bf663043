package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.training.TrainingProgress;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingJobsHttpTest {
  private static final Pattern JOB_ID = Pattern.compile("\"job_id\":\"([0-9a-f-]{36})\"");

  private final Fakes.Training training = new Fakes.Training();
  private final Fakes.Prediction prediction = new Fakes.Prediction();
  private final CountDownLatch firstStarted = new CountDownLatch(1);
  private final CountDownLatch releaseTraining = new CountDownLatch(1);
  private LabelModelServer server;

  @AfterEach
  void stopServer() {
    releaseTraining.countDown();
    if (server != null) {
      server.close();
    }
  }

  private HttpCalls start(ServerLimits limits) {
    server = LabelModelServer.builder(training, prediction).apiKeys(Set.of(HttpCalls.KEY)).limits(limits).start();
    return new HttpCalls(server);
  }

  /** Makes the fake training report one epoch of progress, then wait for the test to release it. */
  private void gateTraining() {
    training.behaviour = (command, listener) -> {
      listener.onProgress(new TrainingProgress(
          3, 60, 10, 10, Map.of("box", 1.25), Duration.ofSeconds(30), Optional.of(Duration.ofSeconds(570))));
      listener.onNotice("class 'RBC' of the loaded model is missing from project 12");
      firstStarted.countDown();
      await(releaseTraining);
      return Fakes.trainedModel(command, command.modelSaveName().map(Object::toString).orElse("picked-1"));
    };
  }

  @Test
  void asyncTrainQueuesJobsAndReportsProgress() throws Exception {
    // given
    HttpCalls http = start(ServerLimits.defaults());
    gateTraining();

    // when
    HttpResponse<String> first = http.post("/api/v1/label/model/train/?async=true",
        "{\"model_type\": \"small\", \"project_id\": 12, \"model_save_name\": \"first\"}");
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
    HttpResponse<String> second = http.post("/api/v1/label/model/train?async=true",
        "{\"model_type\": \"medium\", \"project_id\": 12, \"model_save_name\": \"second\"}");
    String firstId = jobId(first);
    String secondId = jobId(second);
    HttpResponse<String> firstRunning = http.get("/api/v1/label/model/jobs/" + firstId);
    HttpResponse<String> secondQueued = http.get("/api/v1/label/model/jobs/" + secondId);

    // then
    assertThat(first.statusCode()).isEqualTo(202);
    assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/label/model/jobs/" + firstId);
    assertThat(second.statusCode()).isEqualTo(202);
    assertThat(second.body()).isEqualTo("{\"status\":true,\"message\":\"training job queued\",\"data\":{\"job_id\":\""
        + secondId + "\",\"status\":\"queued\",\"queue_position\":1,\"status_url\":\"/api/v1/label/model/jobs/"
        + secondId + "\"}}");

    assertThat(firstRunning.statusCode()).isEqualTo(200);
    assertThat(firstRunning.body()).contains(
        "\"message\":\"training job running\"",
        "\"status\":\"running\",\"queue_position\":null,\"model_type\":\"small\",\"project_id\":12,"
            + "\"model_load_name\":null,\"model_save_name\":\"first\"",
        "\"epoch\":3,\"total_epochs\":60,\"batch\":10,\"total_batches\":10,\"losses\":{\"box\":1.25},"
            + "\"elapsed_seconds\":30.0,\"remaining_seconds\":570.0,"
            + "\"notices\":[\"class 'RBC' of the loaded model is missing from project 12\"],\"model\":null,\"error\":null}");
    assertThat(secondQueued.body()).contains(
        "\"status\":\"queued\",\"queue_position\":1,\"model_type\":\"medium\"", "\"started_at\":null",
        "\"epoch\":null,\"total_epochs\":null");

    // when the first training ends
    releaseTraining.countDown();
    String firstDone = awaitStatus(http, firstId, "succeeded");
    String secondDone = awaitStatus(http, secondId, "succeeded");

    // then
    assertThat(firstDone).contains("\"message\":\"training job succeeded\"", "\"model\":{\"model_name\":\"first\","
        + "\"model_type\":\"small\"", "\"error\":null}");
    assertThat(secondDone).contains("\"model\":{\"model_name\":\"second\",\"model_type\":\"medium\"");
    assertThat(training.commands).hasSize(2);
  }

  @Test
  void failedJobReportsItsError() {
    // given
    HttpCalls http = start(ServerLimits.defaults());
    training.behaviour = (command, listener) -> {
      throw new ai.autogon.label.domain.error.NotFoundException("project 99 not found");
    };

    // when
    String id = jobId(http.post("/api/v1/label/model/train/?async=true", "{\"model_type\": \"small\", \"project_id\": 99}"));
    String done = awaitStatus(http, id, "failed");

    // then
    assertThat(done).contains("\"model\":null,\"error\":{\"http_status\":404,\"message\":\"project 99 not found\",\"errors\":{}}");
  }

  @Test
  void unknownJobReturns404() {
    // given
    HttpCalls http = start(ServerLimits.defaults());

    // when
    HttpResponse<String> response = http.get("/api/v1/label/model/jobs/no-such-job");

    // then
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"training job 'no-such-job' not found; the server "
        + "keeps the last 100 finished jobs and forgets all jobs when it restarts\"}");
  }

  @Test
  void invalidAsyncFlagReturns400() {
    // given
    HttpCalls http = start(ServerLimits.defaults());

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/?async=yes", "{\"model_type\": \"small\", \"project_id\": 1}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"async must be true or false, got 'yes'\","
        + "\"errors\":{\"async\":\"async must be true or false, got 'yes'\"}}");
  }

  @Test
  void fullTrainingQueueReturns503() throws Exception {
    // given
    HttpCalls http = start(ServerLimits.defaults().withMaxQueuedTrainings(1));
    gateTraining();
    http.post("/api/v1/label/model/train/?async=true", "{\"model_type\": \"small\", \"project_id\": 1}");
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();
    http.post("/api/v1/label/model/train/?async=true", "{\"model_type\": \"small\", \"project_id\": 2}");

    // when
    HttpResponse<String> third = http.post("/api/v1/label/model/train/?async=true", "{\"model_type\": \"small\", \"project_id\": 3}");

    // then
    assertThat(third.statusCode()).isEqualTo(503);
    assertThat(third.body()).isEqualTo("{\"status\":false,\"message\":\"the training queue is full: 1 jobs wait behind the "
        + "running one and the limit is 1; retry after the running training ends\"}");
  }

  @Test
  void predictIsServedWhileTrainingRuns() throws Exception {
    // given
    HttpCalls http = start(ServerLimits.defaults());
    gateTraining();
    prediction.behaviour = command -> List.of(ImageAnnotations.annotated(command.images().get(0), 8, 8, List.of()));
    http.post("/api/v1/label/model/train/?async=true", "{\"model_type\": \"small\", \"project_id\": 1}");
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 1, \"image_urls\": [\"https://images.invalid/a.jpg\"], \"model_name\": \"m\"}");
    HttpResponse<String> health = http.get("/health");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"training_running\":true");
  }

  @Test
  void synchronousTrainOutlivesIdleTimeout() {
    // given
    HttpCalls http = start(ServerLimits.defaults().withIdleTimeout(Duration.ofMillis(100)));
    training.behaviour = (command, listener) -> {
      sleep(Duration.ofMillis(2000));
      return Fakes.trainedModel(command, "slow-1");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": 1}");

    // then
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("\"model_name\":\"slow-1\"");
  }

  @Test
  void synchronousTrainTimeoutReturns504WithJobId() {
    // given
    HttpCalls http = start(ServerLimits.defaults().withTrainingRequestTimeout(Duration.ofMillis(300)));
    gateTraining();

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": 1}");

    // then
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).matches("\\{\"status\":false,\"message\":\"training is still running as job [0-9a-f-]{36} "
        + "after 0 s; poll GET /api/v1/label/model/jobs/[0-9a-f-]{36} for its result\"}");
  }

  @Test
  void slowPredictionReturns504() {
    // given
    HttpCalls http = start(ServerLimits.defaults().withPredictionTimeout(Duration.ofMillis(200)));
    prediction.behaviour = command -> {
      sleep(Duration.ofSeconds(2));
      return List.of();
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 1, \"image_urls\": [\"https://images.invalid/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(504);
    assertThat(response.body()).isEqualTo(
        "{\"status\":false,\"message\":\"prediction timed out after 0 s; send fewer images per request\"}");
  }

  @Test
  void closeInterruptsTrainingAndResponds() throws Exception {
    // given
    HttpCalls http = start(ServerLimits.defaults().withShutdownGracePeriod(Duration.ofMillis(100)));
    gateTraining();
    CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(
        () -> http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": 1}"));
    assertThat(firstStarted.await(5, TimeUnit.SECONDS)).isTrue();

    // when
    server.close();

    // then
    HttpResponse<String> response = waiting.get(10, TimeUnit.SECONDS);
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"training was interrupted because the server "
        + "is stopping; submit it again after the restart\"}");
  }

  private static String jobId(HttpResponse<String> response) {
    Matcher matcher = JOB_ID.matcher(response.body());
    assertThat(matcher.find()).as("job id in %s", response.body()).isTrue();
    return matcher.group(1);
  }

  private static String awaitStatus(HttpCalls http, String id, String status) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    String body = "";
    while (System.nanoTime() < deadline) {
      body = http.get("/api/v1/label/model/jobs/" + id).body();
      if (body.contains("\"status\":\"" + status + "\"")) {
        return body;
      }
      sleep(Duration.ofMillis(20));
    }
    throw new AssertionError("job " + id + " did not reach status " + status + "; last body: " + body);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("training interrupted", e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
