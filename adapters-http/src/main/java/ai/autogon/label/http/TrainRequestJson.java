package ai.autogon.label.http;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.Objects;

/**
 * Body of {@code POST label/model/train/}.
 *
 * @param modelLoadName saved model to start from, {@code null} for a fresh model
 * @param modelSaveName name to save under, {@code null} to let the service pick one
 */
record TrainRequestJson(String modelType, long projectId, String modelLoadName, String modelSaveName) {
  TrainRequestJson {
    Objects.requireNonNull(modelType, "modelType");
  }

  /**
   * Writes the body field by field, because the contract sends {@code model_load_name} as JSON {@code null} for a
   * fresh model but omits an absent {@code model_save_name}. Moshi's writer either skips every null or, with
   * {@code serializeNulls}, writes every null, so the adapter switches it on for the one field.
   */
  static final class Adapter extends JsonAdapter<TrainRequestJson> {
    @Override
    public void toJson(JsonWriter writer, TrainRequestJson request) throws IOException {
      writer.beginObject();
      writer.name("model_type").value(request.modelType());
      writer.name("project_id").value(request.projectId());

      boolean serializeNulls = writer.getSerializeNulls();
      writer.setSerializeNulls(true);
      writer.name("model_load_name").value(request.modelLoadName());
      writer.setSerializeNulls(serializeNulls);

      if (request.modelSaveName() != null) {
        writer.name("model_save_name").value(request.modelSaveName());
      }
      writer.endObject();
    }

    @Override
    public TrainRequestJson fromJson(JsonReader reader) {
      throw new UnsupportedOperationException("the client only writes training requests");
    }
  }
}
