package ai.autogon.label.http;

/** The two operations of the wire contract, named as messages and timeout settings name them. */
enum Endpoint {
  TRAIN("train", "train read timeout"),
  PREDICT("predict", "predict read timeout");

  private final String operation;
  private final String readTimeoutName;

  Endpoint(String operation, String readTimeoutName) {
    this.operation = operation;
    this.readTimeoutName = readTimeoutName;
  }

  /** Returns the operation as it appears in messages, for example {@code train}. */
  String operation() {
    return operation;
  }

  /** Returns the name of the setting that limits how long this operation waits for a response. */
  String readTimeoutName() {
    return readTimeoutName;
  }
}
