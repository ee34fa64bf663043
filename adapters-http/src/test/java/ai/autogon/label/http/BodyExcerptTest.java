package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodyExcerptTest {
  @Test
  void excerptDropsMarkupScriptsAndComments() {
    // given
    String page = "<!DOCTYPE html><html><head><script>var a = '<b>';</script></head>"
        + "<body><!-- generated --><p>Service&nbsp;unavailable &amp; restarting</p></body></html>";

    // when
    String excerpt = BodyExcerpt.of(page);

    // then
    assertThat(excerpt).isEqualTo("Service unavailable & restarting");
  }

  @Test
  void excerptIsCutAfterMaxChars() {
    // given
    String body = "x".repeat(250);

    // when
    String excerpt = BodyExcerpt.of(body);

    // then
    assertThat(excerpt).isEqualTo("x".repeat(200) + "...");
  }

  @Test
  void excerptOfBlankBodyIsEmpty() {
    assertThat(BodyExcerpt.of(" \n ")).isEmpty();
    assertThat(BodyExcerpt.of(null)).isEmpty();
  }
}
