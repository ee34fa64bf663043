package ai.autogon.label.storage;

import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.StorageException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/** Reads and writes the workspace's JSON files, turning a damaged file into a message that names it. */
final class JsonFiles {
  static final Moshi MOSHI = new Moshi.Builder().build();

  private JsonFiles() {}

  /**
   * Reads a JSON file and maps it to a domain value, or returns empty when the file does not exist.
   *
   * @param fileKind kind of file in words for the error message, such as {@code project file}
   * @throws StorageException naming the file when reading fails, the JSON is malformed or a value is invalid
   */
  static <D, T> Optional<T> read(Path file, Class<D> type, Function<D, T> mapper, String fileKind) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new StorageException("failed to read the " + fileKind + " " + file + ": " + e.getMessage(), e);
    }
    try {
      D dto = MOSHI.adapter(type).fromJson(text);
      if (dto == null) {
        throw new JsonDataException("the file contains null");
      }
      return Optional.of(mapper.apply(dto));
    } catch (JsonEncodingException | JsonDataException e) {
      throw corrupt(file, fileKind, e.getMessage(), e);
    } catch (java.io.EOFException e) {
      throw corrupt(file, fileKind, "the JSON ends early, so the file is cut off", e);
    } catch (IOException e) {
      throw corrupt(file, fileKind, e.getMessage(), e);
    } catch (LabelException | IllegalArgumentException | NullPointerException | java.time.DateTimeException e) {
      throw corrupt(file, fileKind, describe(e), e);
    }
  }

  /** Writes a value as indented JSON, atomically. */
  static <D> void write(Path file, Class<D> type, D dto, String fileKind) {
    JsonAdapter<D> adapter = MOSHI.adapter(type).indent("  ");
    byte[] content = (adapter.toJson(dto) + "\n").getBytes(StandardCharsets.UTF_8);
    try {
      AtomicFiles.write(file, content);
    } catch (IOException e) {
      throw new StorageException("failed to write the " + fileKind + " " + file + ": " + e.getMessage(), e);
    }
  }

  private static StorageException corrupt(Path file, String fileKind, String reason, Exception cause) {
    return new StorageException(
        "the " + fileKind + " " + file + " is invalid (" + reason + "); restore it from a backup or delete it", cause);
  }

  private static String describe(RuntimeException e) {
    if (e instanceof NullPointerException) {
      return "missing value " + e.getMessage();
    }
    return e.getMessage();
  }
}
