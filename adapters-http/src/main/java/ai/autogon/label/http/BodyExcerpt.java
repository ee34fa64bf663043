package ai.autogon.label.http;

import java.util.regex.Pattern;

/** Shortens a response body that is not JSON to readable text for an error message. */
final class BodyExcerpt {
  static final int MAX_CHARS = 200;

  private static final Pattern SCRIPTS_AND_STYLES =
      Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern COMMENTS = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private BodyExcerpt() {}

  /** Returns the body's text without markup and with whitespace collapsed, cut to {@value #MAX_CHARS} characters. */
  static String of(String body) {
    if (body == null) {
      return "";
    }
    String text = SCRIPTS_AND_STYLES.matcher(body).replaceAll(" ");
    text = COMMENTS.matcher(text).replaceAll(" ");
    text = TAGS.matcher(text).replaceAll(" ");
    text = decodeCommonEntities(text);
    text = WHITESPACE.matcher(text).replaceAll(" ").strip();
    if (text.length() > MAX_CHARS) {
      return text.substring(0, MAX_CHARS) + "...";
    }
    return text;
  }

  private static String decodeCommonEntities(String text) {
    return text.replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
  }
}
