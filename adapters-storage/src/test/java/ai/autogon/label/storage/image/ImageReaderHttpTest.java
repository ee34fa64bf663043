package ai.autogon.label.storage.image;

import static ai.autogon.label.storage.image.PixelAssertions.assertPixel;
import static ai.autogon.label.storage.image.TestImages.BLUE;
import static ai.autogon.label.storage.image.TestImages.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.Dns;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Fetches images from a MockWebServer on loopback. Host names under {@code .test} (a top-level domain reserved
 * for testing) reach it through a fake resolver that maps them to 127.0.0.1, so nothing leaves this machine.
 */
class ImageReaderHttpTest {
  private static final String FIRST_HOST = "images.example.test";
  private static final String SECOND_HOST = "cdn.example.test";

  private final MockWebServer server = new MockWebServer();
  private final LoopbackDns dns = new LoopbackDns(Set.of(FIRST_HOST, SECOND_HOST));
  private final RecordingPolicy policy = RecordingPolicy.allowing();

  @BeforeEach
  void startServer() throws IOException {
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stopServer() throws IOException {
    server.shutdown();
  }

  @Test
  void readsPngSentAsJpegFromUrlWithQuery() throws Exception {
    // given
    byte[] png = TestImages.encode(TestImages.halves(8, 4, RED, BLUE), "png");
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/jpeg").setBody(new Buffer().write(png)));
    String url = url(FIRST_HOST, "/photos/cat.jpg?size=large&token=abc");

    // when
    RgbImage image = reader(config()).read(ImageReference.parse(url));

    // then
    assertThat(image.width()).isEqualTo(8);
    assertPixel(image, 1, 1, RED, 0);
    assertPixel(image, 6, 2, BLUE, 0);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo("/photos/cat.jpg?size=large&token=abc");
  }

  @Test
  void readsSizeOverHttp() {
    // given
    byte[] gif = TestImages.encode(TestImages.solid(7, 3, RED), "gif");
    server.enqueue(new MockResponse().setHeader("Content-Type", "application/octet-stream").setBody(new Buffer().write(gif)));

    // when
    ImageSize size = reader(config()).readSize(ImageReference.parse(url(FIRST_HOST, "/download")));

    // then
    assertThat(size).isEqualTo(new ImageSize(7, 3));
  }

  @Test
  void decodesByContentTypeWhenBytesAreUnrecognised() {
    // given bytes no decoder recognises, declared as PNG, so the PNG decoder is tried and fails
    server.enqueue(new MockResponse().setHeader("Content-Type", "image/png; charset=binary").setBody("not really an image"));
    String url = url(FIRST_HOST, "/broken");

    // when / then
    assertThatThrownBy(() -> reader(config()).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessageStartingWith(url + " could not be decoded, the file may be truncated or corrupt: ")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void reportsHttpErrorStatus() {
    // given
    server.enqueue(new MockResponse().setResponseCode(404));
    String url = url(FIRST_HOST, "/missing.png");

    // when / then
    assertThatThrownBy(() -> reader(config()).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " returned 404")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
  }

  @Test
  void followsRedirectsCheckingEveryHop() throws Exception {
    // given
    String second = url(SECOND_HOST, "/final.png");
    String first = url(FIRST_HOST, "/start.png");
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/moved.png"));
    server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", second));
    server.enqueue(new MockResponse().setBody(new Buffer().write(TestImages.encode(TestImages.solid(4, 4, RED), "png"))));

    // when
    RgbImage image = reader(config()).read(ImageReference.parse(first));

    // then
    assertPixel(image, 2, 2, RED, 0);
    assertThat(policy.checks()).containsExactly(
        "uri " + first,
        "address " + FIRST_HOST + " 127.0.0.1",
        "uri " + url(FIRST_HOST, "/moved.png"),
        "uri " + second,
        "address " + SECOND_HOST + " 127.0.0.1");
    assertThat(dns.lookups()).containsExactly(FIRST_HOST, SECOND_HOST);
    assertThat(server.takeRequest().getPath()).isEqualTo("/start.png");
    assertThat(server.takeRequest().getPath()).isEqualTo("/moved.png");
    assertThat(server.takeRequest().getPath()).isEqualTo("/final.png");
  }

  @Test
  void stopsAfterMaximumRedirects() {
    // given
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/hop" + i));
    }
    server.enqueue(new MockResponse().setBody(new Buffer().write(TestImages.encode(TestImages.solid(4, 4, RED), "png"))));
    String url = url(FIRST_HOST, "/loop");

    // when / then
    assertThatThrownBy(() -> reader(config().maxRedirects(2)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " was redirected more than 2 times")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void refusesRedirectToFile() {
    // given
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "file:///tmp/local.png"));
    String url = url(FIRST_HOST, "/sneaky");

    // when / then
    assertThatThrownBy(() -> reader(config()).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " redirected to 'file:///tmp/local.png', which is not an http or https URL")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
  }

  @Test
  void rejectingUriStopsBeforeResolvingOrConnecting() {
    // given
    RecordingPolicy rejecting = RecordingPolicy.rejecting("uri");
    String url = url(FIRST_HOST, "/image.png");

    // when / then
    assertThatThrownBy(() -> reader(config().policy(rejecting)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("policy rejected uri " + url)
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_FORBIDDEN);
    assertThat(dns.lookups()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rejectingAddressStopsBeforeConnecting() {
    // given
    RecordingPolicy rejecting = RecordingPolicy.rejecting("address");
    String url = url(FIRST_HOST, "/image.png");

    // when / then
    assertThatThrownBy(() -> reader(config().policy(rejecting)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("policy rejected address " + FIRST_HOST + " 127.0.0.1")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_FORBIDDEN);
    assertThat(dns.lookups()).containsExactly(FIRST_HOST);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void rejectingRedirectTargetStopsAfterFirstHop() {
    // given
    RecordingPolicy rejecting = RecordingPolicy.rejecting("address " + SECOND_HOST);
    server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", url(SECOND_HOST, "/inside.png")));
    String url = url(FIRST_HOST, "/outside.png");

    // when / then
    assertThatThrownBy(() -> reader(config().policy(rejecting)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("policy rejected address " + SECOND_HOST + " 127.0.0.1")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_FORBIDDEN);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void checksAddressLiteralThatSkipsResolver() {
    // given
    RecordingPolicy rejecting = RecordingPolicy.rejecting("address");
    String url = "http://127.0.0.1:" + server.getPort() + "/image.png";

    // when / then
    assertThatThrownBy(() -> reader(config().policy(rejecting)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("policy rejected address 127.0.0.1 127.0.0.1");
    assertThat(dns.lookups()).isEmpty();
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void reportsUnknownHost() {
    // given
    String url = "http://nowhere.example.test:" + server.getPort() + "/image.png";

    // when / then
    assertThatThrownBy(() -> reader(config()).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " failed: host nowhere.example.test was not found")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
  }

  @Test
  void rejectsBodyDeclaredAboveLimit() {
    // given
    server.enqueue(new MockResponse().setBody(new Buffer().write(new byte[1000])));
    String url = url(FIRST_HOST, "/big.png");

    // when / then
    assertThatThrownBy(() -> reader(config().maxDownloadBytes(100)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " declares 1000 bytes, more than the download limit of 100 bytes."
            + " Use a smaller image or raise the limit.")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
  }

  @Test
  void rejectsStreamedBodyAboveLimit() {
    // given a chunked body, which declares no length
    server.enqueue(new MockResponse().setChunkedBody(new Buffer().write(new byte[1000]), 64));
    String url = url(FIRST_HOST, "/stream.png");

    // when / then
    assertThatThrownBy(() -> reader(config().maxDownloadBytes(100)).read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " sent more than the download limit of 100 bytes."
            + " Use a smaller image or raise the limit.")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
  }

  @Test
  void timesOutOnSilentServer() {
    // given
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    String url = url(FIRST_HOST, "/slow.png");
    ImageReader impatient = reader(config().readTimeout(Duration.ofMillis(200)).callTimeout(Duration.ofSeconds(5)));

    // when / then
    long start = System.nanoTime();
    assertThatThrownBy(() -> impatient.read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " timed out (connect timeout 10000 ms, read timeout 200 ms, call timeout 5000 ms)")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void timesOutOnSlowBody() {
    // given a body trickling in slower than the call timeout allows
    server.enqueue(new MockResponse()
        .setBody(new Buffer().write(new byte[2000]))
        .throttleBody(100, 100, TimeUnit.MILLISECONDS));
    String url = url(FIRST_HOST, "/trickle.png");
    ImageReader impatient = reader(config().callTimeout(Duration.ofMillis(300)));

    // when / then
    assertThatThrownBy(() -> impatient.read(ImageReference.parse(url)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("GET " + url + " timed out (connect timeout 10000 ms, read timeout 30000 ms, call timeout 300 ms)");
  }

  private String url(String host, String pathAndQuery) {
    return "http://" + host + ":" + server.getPort() + pathAndQuery;
  }

  private ImageReaderConfig.Builder config() {
    return ImageReaderConfig.builder().dns(dns).policy(policy);
  }

  private static ImageReader reader(ImageReaderConfig.Builder config) {
    return new ImageReader(config.build());
  }

  /** Fake resolver that maps a fixed set of made-up names to 127.0.0.1 and records every lookup. */
  private static final class LoopbackDns implements Dns {
    private final Set<String> known;
    private final List<String> lookups = new CopyOnWriteArrayList<>();

    LoopbackDns(Set<String> known) {
      this.known = known;
    }

    List<String> lookups() {
      return List.copyOf(lookups);
    }

    @Override
    public List<InetAddress> lookup(String hostname) throws UnknownHostException {
      lookups.add(hostname);
      if (!known.contains(hostname)) {
        throw new UnknownHostException(hostname);
      }
      return List.of(InetAddress.getByAddress(hostname, new byte[] {127, 0, 0, 1}));
    }
  }
}
