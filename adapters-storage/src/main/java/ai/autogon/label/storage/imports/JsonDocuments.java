package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.error.InvalidValueException;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads dataset JSON files with Moshi, turning a malformed file into an error that names it. */
final class JsonDocuments {
  static final Moshi MOSHI = new Moshi.Builder().build();

  private JsonDocuments() {}

  /**
   * Reads a whole JSON file as the given type.
   *
   * @param formatName format the file should be in, for the error message
   * @throws InvalidValueException naming the file and the JSON path when it does not match the format
   */
  static <T> T read(Path file, Type type, String formatName) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InvalidValueException("path", "failed to read " + file + ": " + e.getMessage());
    }
    try {
      T value = MOSHI.<T>adapter(type).fromJson(text);
      if (value == null) {
        throw new JsonDataException("the file contains only null");
      }
      return value;
    } catch (JsonEncodingException | JsonDataException e) {
      throw new InvalidValueException("path", file + " is not a valid " + formatName + " file: " + e.getMessage());
    } catch (IOException e) {
      throw new InvalidValueException("path", file + " is not a valid " + formatName + " file: the JSON ends early");
    }
  }

  /** Reads a JSON file as plain maps and lists for format detection, or returns null when it is not JSON. */
  static Object peek(Path file) {
    try {
      return MOSHI.adapter(Object.class).fromJson(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | JsonDataException e) {
      return null;
    }
  }
}
