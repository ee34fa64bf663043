package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Registers the endpoints and maps their failures to the wire contract's error bodies. */
final class Routes {
  private static final Logger LOG = LoggerFactory.getLogger(Routes.class);

  static final String TRAIN_PATH = "/api/v1/label/model/train";
  static final String PREDICT_PATH = "/api/v1/label/model/predict";
  static final String JOBS_PATH = "/api/v1/label/model/jobs";
  private static final String JSON = "application/json; charset=utf-8";
  private static final String OPENAPI_RESOURCE = "openapi.json";

  private final ServerLimits limits;
  private final ApiKeyAuthenticator authenticator;
  private final TrainingJobs trainingJobs;
  private final PredictionRunner predictions;
  private final ImageSourcePolicy imagePolicy;
  private final byte[] openApiDocument;
  private volatile boolean stopping;

  Routes(
      ServerLimits limits,
      ApiKeyAuthenticator authenticator,
      TrainingJobs trainingJobs,
      PredictionRunner predictions,
      ImageSourcePolicy imagePolicy) {
    this.limits = limits;
    this.authenticator = authenticator;
    this.trainingJobs = trainingJobs;
    this.predictions = predictions;
    this.imagePolicy = imagePolicy;
    this.openApiDocument = readOpenApiDocument();
  }

  void register(Javalin app) {
    app.before(this::rejectWhileStopping);
    app.before("/api/*", ctx -> authenticator.authenticate(ctx.header(ApiKeyAuthenticator.HEADER)));

    app.post(TRAIN_PATH, this::train);
    app.post(PREDICT_PATH, this::predict);
    app.get(JOBS_PATH + "/{id}", this::job);
    app.get("/health", this::health);
    app.get("/openapi.json", ctx -> ctx.status(200).contentType(JSON).result(openApiDocument));

    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, new ApiException(e.getStatus(), e.getMessage())));
    app.exception(Exception.class, (e, ctx) -> respond(ctx, e));
  }

  /** Makes every later request fail with 503. */
  void stopAccepting() {
    stopping = true;
  }

  private void rejectWhileStopping(Context ctx) {
    if (stopping) {
      throw new ApiException(503, "the server is stopping");
    }
  }

  private void train(Context ctx) {
    boolean async = asyncFlag(ctx);
    TrainModelCommand command = WireRequests.trainCommand(RequestBodies.read(ctx, limits.maxRequestBodyBytes()));
    TrainingJob job = trainingJobs.submit(command);

    if (async) {
      String statusPath = JOBS_PATH + "/" + job.id();
      OptionalInt position = trainingJobs.queuePosition(job);
      ctx.status(202).header("Location", statusPath).contentType(JSON)
          .result(WireResponses.success("training job queued",
              writer -> JobResponses.writeAccepted(writer, job, position, statusPath)));
      return;
    }

    TrainedModel model = awaitTraining(job);
    ctx.status(201).contentType(JSON)
        .result(WireResponses.success("model trained", writer -> WireResponses.writeModel(writer, model)));
  }

  /**
   * Waits for a synchronous training. Jetty 11 applies the connection idle timeout only while it waits to read
   * or write, so the silent wait here is not cut off; {@code synchronousTrainOutlivesIdleTimeout} checks that.
   */
  private TrainedModel awaitTraining(TrainingJob job) {
    try {
      return job.completion().get(limits.trainingRequestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      throw new ApiException(504, "training is still running as job " + job.id() + " after "
          + limits.trainingRequestTimeout().toSeconds() + " s; poll GET " + JOBS_PATH + "/" + job.id()
          + " for its result");
    } catch (ExecutionException e) {
      throw ApiException.reported(job.snapshot().failure().orElseThrow());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiException(503, "the server is stopping; training job " + job.id() + " may still finish");
    }
  }

  private void predict(Context ctx) {
    byte[] body = RequestBodies.read(ctx, limits.maxRequestBodyBytes());
    PredictAnnotationsCommand command = WireRequests.predictCommand(body, limits.maxImagesPerRequest());

    long started = System.nanoTime();
    ImageScreening screening = ImageScreening.screen(command.images(), imagePolicy);
    List<ImageAnnotations> results = screening.merge(
        screening.anyAdmitted() ? predictions.predict(screening.admittedOnly(command)) : List.of());
    long failed = results.stream().filter(result -> result.error().isPresent()).count();
    LOG.debug("predicted with model {}: {} images, {} failed, {} ms", command.modelName(), results.size(), failed,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));

    ctx.status(200).contentType(JSON)
        .result(WireResponses.success("ok", writer -> WireResponses.writePredictions(writer, results)));
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    TrainingJob job = trainingJobs.find(id).orElseThrow(() -> new ApiException(404,
        "training job '" + id + "' not found; the server keeps the last " + limits.retainedJobs()
            + " finished jobs and forgets all jobs when it restarts"));
    TrainingJob.Snapshot snapshot = job.snapshot();
    OptionalInt position = trainingJobs.queuePosition(job);
    ctx.status(200).contentType(JSON)
        .result(WireResponses.success("training job " + snapshot.state().name().toLowerCase(java.util.Locale.ROOT),
            writer -> JobResponses.writeJob(writer, snapshot, position)));
  }

  private void health(Context ctx) {
    boolean training = trainingJobs.runningJobId().isPresent();
    int queued = trainingJobs.queuedCount();
    ctx.status(200).contentType(JSON).result(WireResponses.success("ok", writer -> {
      writer.beginObject();
      writer.name("training_running").value(training);
      writer.name("training_queued").value(queued);
      writer.endObject();
    }));
  }

  private static boolean asyncFlag(Context ctx) {
    String value = ctx.queryParam("async");
    if (value == null || value.equalsIgnoreCase("false")) {
      return false;
    }
    if (value.equalsIgnoreCase("true")) {
      return true;
    }
    String message = "async must be true or false, got '" + value + "'";
    throw new ApiException(400, message, Map.of("async", message));
  }

  private static void respond(Context ctx, Exception error) {
    Failure failure = Failure.of(error, ctx.method() + " " + ctx.path());
    ctx.status(failure.status()).contentType(JSON).result(WireResponses.failure(failure.message(), failure.fieldErrors()));
  }

  private static byte[] readOpenApiDocument() {
    try (InputStream in = Routes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + OPENAPI_RESOURCE + " is missing from the adapters-server jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + OPENAPI_RESOURCE, e);
    }
  }
}
