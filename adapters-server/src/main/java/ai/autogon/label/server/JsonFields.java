package ai.autogon.label.server;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import java.io.EOFException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okio.Buffer;

/**
 * Top-level fields of a JSON request object, read with their JSON types so each field can be checked.
 *
 * <p>Numbers keep their literal text, so an integer field can tell {@code 12} from {@code 12.5}. Unknown
 * fields are kept but never read; a repeated field keeps its last value. Type errors are collected per field
 * in {@link #errors()} instead of being thrown one at a time.
 */
final class JsonFields {
  private final Map<String, JsonValue> values;
  private final Map<String, String> errors = new LinkedHashMap<>();

  private JsonFields(Map<String, JsonValue> values) {
    this.values = values;
  }

  /**
   * Parses a request body that must be one JSON object.
   *
   * @throws ApiException with status 400 when the body is empty, not valid JSON or not an object
   */
  static JsonFields parse(byte[] body) {
    if (body.length == 0) {
      throw new ApiException(400, "request body is empty: expected a JSON object");
    }
    try (JsonReader reader = JsonReader.of(new Buffer().write(body))) {
      if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new ApiException(400, "request body must be a JSON object, got " + describe(reader.peek()));
      }
      Map<String, JsonValue> values = new LinkedHashMap<>();
      reader.beginObject();
      while (reader.hasNext()) {
        String name = reader.nextName();
        JsonReader.Token token = reader.peek();
        Object value = token == JsonReader.Token.NUMBER ? reader.nextString() : reader.readJsonValue();
        values.put(name, new JsonValue(token, value));
      }
      reader.endObject();
      if (reader.peek() != JsonReader.Token.END_DOCUMENT) {
        throw new ApiException(400, "request body is not valid JSON: unexpected content after the object");
      }
      return new JsonFields(values);
    } catch (JsonEncodingException | JsonDataException e) {
      throw new ApiException(400, "request body is not valid JSON: " + e.getMessage());
    } catch (EOFException e) {
      throw new ApiException(400, "request body is not valid JSON: it ends before the object is complete");
    } catch (IOException e) {
      throw new ApiException(400, "request body could not be read: " + e.getMessage());
    }
  }

  /** Returns the type and value errors collected so far, keyed by field name, in the order found. */
  Map<String, String> errors() {
    return errors;
  }

  /** Records an error for a field unless one is already recorded for it. */
  void addError(String field, String message) {
    errors.putIfAbsent(field, message);
  }

  /** Reads a required integer; records an error and returns empty when it is missing or not an integer. */
  Optional<Long> requiredLong(String field) {
    JsonValue value = values.get(field);
    if (value == null || value.token() == JsonReader.Token.NULL) {
      addError(field, field + " is required");
      return Optional.empty();
    }
    return toLong(field, value);
  }

  /** Reads a required string; records an error and returns empty when it is missing or not a string. */
  Optional<String> requiredString(String field) {
    JsonValue value = values.get(field);
    if (value == null || value.token() == JsonReader.Token.NULL) {
      addError(field, field + " is required");
      return Optional.empty();
    }
    return toString(field, value);
  }

  /** Reads an optional string; a missing field and JSON {@code null} both give empty. */
  Optional<String> optionalString(String field) {
    JsonValue value = values.get(field);
    if (value == null || value.token() == JsonReader.Token.NULL) {
      return Optional.empty();
    }
    return toString(field, value);
  }

  /** Reads an optional number; a missing field and JSON {@code null} both give empty. */
  Optional<Double> optionalDouble(String field) {
    JsonValue value = values.get(field);
    if (value == null || value.token() == JsonReader.Token.NULL) {
      return Optional.empty();
    }
    if (value.token() != JsonReader.Token.NUMBER) {
      addError(field, field + " must be a number, got " + describe(value.token()));
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble((String) value.value()));
  }

  /** Reads a required array of strings; records an error and returns empty when it is missing or mistyped. */
  Optional<List<String>> requiredStringList(String field) {
    JsonValue value = values.get(field);
    if (value == null || value.token() == JsonReader.Token.NULL) {
      addError(field, field + " is required");
      return Optional.empty();
    }
    if (value.token() != JsonReader.Token.BEGIN_ARRAY) {
      addError(field, field + " must be an array of strings, got " + describe(value.token()));
      return Optional.empty();
    }
    List<?> elements = (List<?>) value.value();
    List<String> strings = new ArrayList<>(elements.size());
    for (int i = 0; i < elements.size(); i++) {
      Object element = elements.get(i);
      if (!(element instanceof String)) {
        addError(field, field + "[" + i + "] must be a string, got " + describeValue(element));
        return Optional.empty();
      }
      strings.add((String) element);
    }
    return Optional.of(strings);
  }

  private Optional<Long> toLong(String field, JsonValue value) {
    if (value.token() != JsonReader.Token.NUMBER) {
      addError(field, field + " must be an integer, got " + describe(value.token()));
      return Optional.empty();
    }
    String literal = (String) value.value();
    try {
      return Optional.of(new BigDecimal(literal).longValueExact());
    } catch (ArithmeticException | NumberFormatException e) {
      addError(field, field + " must be an integer, got " + literal);
      return Optional.empty();
    }
  }

  private Optional<String> toString(String field, JsonValue value) {
    if (value.token() != JsonReader.Token.STRING) {
      addError(field, field + " must be a string, got " + describe(value.token()));
      return Optional.empty();
    }
    return Optional.of((String) value.value());
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case BEGIN_OBJECT:
        return "an object";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return "nothing";
    }
  }

  private static String describeValue(Object value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof List) {
      return "an array";
    }
    if (value instanceof Map) {
      return "an object";
    }
    if (value instanceof Number) {
      return "a number";
    }
    if (value instanceof Boolean) {
      return "a boolean";
    }
    return "a string";
  }

  private record JsonValue(JsonReader.Token token, Object value) {}
}
