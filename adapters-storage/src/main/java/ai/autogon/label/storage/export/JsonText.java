package ai.autogon.label.storage.export;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.nio.charset.StandardCharsets;

/** Serialises maps and lists to indented UTF-8 JSON, keeping map order and writing nulls. */
final class JsonText {
  private static final JsonAdapter<Object> WRITER =
      new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  private JsonText() {}

  static byte[] write(Object value) {
    return (WRITER.toJson(value) + "\n").getBytes(StandardCharsets.UTF_8);
  }
}
