package ai.autogon.label.http;

/**
 * The {@code data} value of a successful response and the HTTP status it came with.
 *
 * @param data JSON tree of maps, lists, strings, numbers and booleans
 */
record ResponseData(int httpStatus, Object data) {}
