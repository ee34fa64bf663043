package ai.autogon.label.http;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Retrofit view of the label-model wire contract.
 *
 * <p>Responses stay raw bodies, so that error statuses, {@code "status": false} envelopes and non-JSON bodies are
 * all read by {@link ResponseReader} in one place.
 */
interface LabelModelApi {
  @POST("label/model/train/")
  Call<ResponseBody> train(@Body TrainRequestJson request);

  @POST("label/model/predict/")
  Call<ResponseBody> predict(@Body PredictRequestJson request);
}
