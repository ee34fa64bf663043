package ai.autogon.label.engine.synthetic;

import java.util.Locale;

/** Kind of shape the generator draws; each kind is one class of the generated project. */
public enum ShapeKind {
  CIRCLE,
  SQUARE,
  TRIANGLE,
  STAR;

  /** Returns the lower-case class name, for example {@code circle}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
