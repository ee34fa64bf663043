package ai.autogon.label.http;

import ai.autogon.label.domain.error.RemoteServiceException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingRequest;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.converter.moshi.MoshiConverterFactory;

/**
 * Trains models and predicts annotations by calling a remote label-model service over HTTP.
 *
 * <p>Every failure surfaces as a {@link RemoteServiceException}, also for HTTP 404 and 409, so callers find the
 * HTTP status in {@link RemoteServiceException#httpStatus()} and validation details in
 * {@link RemoteServiceException#fieldErrors()}. When the service sent a message, the exception's message is that
 * text, followed by its field errors in parentheses. Redirects are not followed, so the API key goes only to the
 * configured base URL. Instances are thread-safe.
 */
public final class RemoteLabelModelClient implements ModelTrainingPort, AnnotationPredictionPort {
  private static final Logger LOG = LoggerFactory.getLogger(RemoteLabelModelClient.class);

  private final RemoteLabelModelConfig config;
  private final LabelModelApi trainApi;
  private final LabelModelApi predictApi;
  private final RemoteFailures failures;
  private final ResponseReader reader;
  private final TrainedModelMapper trainedModels;
  private final ImageAnnotationsMapper imageAnnotations;

  private RemoteLabelModelClient(RemoteLabelModelConfig config, OkHttpClient httpClient) {
    this.config = config;
    Moshi moshi = new Moshi.Builder().add(TrainRequestJson.class, new TrainRequestJson.Adapter()).build();

    OkHttpClient shared = httpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new RequestLogInterceptor())
        .addInterceptor(new ApiKeyInterceptor(config.apiKey()))
        .build();
    // OkHttp silently repeats a request after some connection failures. A repeated training request could start
    // a second hour-long run on the service, so training requests are sent once.
    OkHttpClient trainClient = withReadTimeout(shared, config.trainReadTimeout())
        .retryOnConnectionFailure(false)
        .build();
    OkHttpClient predictClient = withReadTimeout(shared, config.predictReadTimeout()).build();
    this.trainApi = api(config, moshi, trainClient);
    this.predictApi = api(config, moshi, predictClient);

    this.failures = new RemoteFailures(config);
    this.reader = new ResponseReader(moshi, failures);
    this.trainedModels = new TrainedModelMapper(moshi, failures);
    this.imageAnnotations = new ImageAnnotationsMapper(moshi, failures);
  }

  /** Creates a client with its own HTTP connection pool. */
  public static RemoteLabelModelClient create(RemoteLabelModelConfig config) {
    return create(config, new OkHttpClient());
  }

  /**
   * Creates a client on top of an existing OkHttp client, sharing its connection pool, dispatcher and interceptors.
   *
   * <p>The configuration's timeouts replace the given client's connect, read and write timeouts. The given client's
   * application interceptors run before the {@code X-AUG-KEY} header is added, but its network interceptors see the
   * header, so they must not log headers.
   */
  public static RemoteLabelModelClient create(RemoteLabelModelConfig config, OkHttpClient httpClient) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(httpClient, "httpClient");
    return new RemoteLabelModelClient(config, httpClient);
  }

  /**
   * Sends a training request and blocks until the service returns the trained model.
   *
   * <p>The service sends no progress, so the listener only gets a notice when training options that the service
   * chooses itself are set.
   *
   * @throws RemoteServiceException when the service cannot be reached, rejects the request or returns an invalid
   *     response
   */
  @Override
  public TrainedModel train(TrainingRequest request, TrainingListener listener) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(listener, "listener");
    noticeIgnoredOptions(request.options(), listener);

    TrainRequestJson body = new TrainRequestJson(
        request.modelType().wireName(),
        request.projectId().value(),
        request.modelLoadName().map(ModelName::value).orElse(null),
        request.modelSaveName().map(ModelName::value).orElse(null));
    ResponseData response = execute(Endpoint.TRAIN, trainApi.train(body));

    return trainedModels.map(request, response);
  }

  /**
   * Sends a prediction request and returns one result per image in request order.
   *
   * @throws RemoteServiceException when the service cannot be reached, rejects the request or returns an invalid
   *     response, including one with a different number of results than images
   */
  @Override
  public List<ImageAnnotations> predict(PredictionRequest request) {
    Objects.requireNonNull(request, "request");
    warnAboutUnsentSettings(request);

    PredictRequestJson body = new PredictRequestJson(
        request.appId().value(),
        request.images().stream().map(ImageReference::toString).toList(),
        request.confidence().value(),
        request.overlap().value(),
        request.modelName().value());
    ResponseData response = execute(Endpoint.PREDICT, predictApi.predict(body));

    return imageAnnotations.map(request, response);
  }

  @Override
  public String toString() {
    return "RemoteLabelModelClient{" + config + "}";
  }

  private ResponseData execute(Endpoint endpoint, Call<ResponseBody> call) {
    try {
      Response<ResponseBody> response = call.execute();
      return reader.readData(endpoint, response);
    } catch (IOException e) {
      throw failures.transportFailed(endpoint, e);
    }
  }

  private static void noticeIgnoredOptions(TrainingOptions options, TrainingListener listener) {
    List<String> ignored = new ArrayList<>();
    options.epochs().ifPresent(value -> ignored.add("epochs=" + value));
    options.batchSize().ifPresent(value -> ignored.add("batch=" + value));
    options.imageSize().ifPresent(value -> ignored.add("image_size=" + value));
    options.patience().ifPresent(value -> ignored.add("patience=" + value));
    options.seed().ifPresent(value -> ignored.add("seed=" + value));
    if (options.resume()) {
      ignored.add("resume");
    }
    if (options.overwrite()) {
      ignored.add("overwrite");
    }
    if (!ignored.isEmpty()) {
      listener.onNotice("The remote service chooses these training settings itself and ignores the given "
          + String.join(", ", ignored));
    }
  }

  private static void warnAboutUnsentSettings(PredictionRequest request) {
    if (request.maxDetections() != PredictionRequest.DEFAULT_MAX_DETECTIONS) {
      LOG.warn("The prediction request to the remote service cannot carry max_detections={}; "
          + "the service applies its own limit", request.maxDetections());
    }
    if (request.classAgnosticNms()) {
      LOG.warn("The prediction request to the remote service cannot carry class-agnostic suppression; "
          + "the service suppresses overlapping boxes per label");
    }
  }

  private static OkHttpClient.Builder withReadTimeout(OkHttpClient shared, Duration timeout) {
    // The write timeout follows the read timeout, so a timeout message naming the read timeout is also true
    // for a slow upload of the small JSON body.
    return shared.newBuilder().readTimeout(timeout).writeTimeout(timeout);
  }

  private static LabelModelApi api(RemoteLabelModelConfig config, Moshi moshi, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(config.httpBaseUrl())
        .client(client)
        .addConverterFactory(MoshiConverterFactory.create(moshi))
        .build()
        .create(LabelModelApi.class);
  }
}
