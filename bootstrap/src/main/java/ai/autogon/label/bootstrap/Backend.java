package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.Locale;

/** Place where training and prediction run. */
public enum Backend {
  /** In-process on this machine with the embedded engine, against the workspace. */
  LOCAL,
  /** On an HTTP service that speaks the label-model wire contract. */
  REMOTE;

  /** Parses a backend name, ignoring case. */
  public static Backend parse(String text) {
    String normalized = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (Backend backend : values()) {
      if (backend.name().equals(normalized)) {
        return backend;
      }
    }
    throw InvalidValueException.of("backend", text, "'local' or 'remote'");
  }

  /** Returns the lower-case name used by flags and environment variables. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
