package ai.autogon.label.storage.image;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads an image over HTTP(S) into memory, following redirects itself so that the policy checks
 * every hop, and stopping at the byte limit while the body streams in.
 */
final class HttpImageFetcher {
  private static final Logger LOG = LoggerFactory.getLogger(HttpImageFetcher.class);
  // The same test OkHttp uses to skip the resolver for a host that is an address literal.
  private static final Pattern ADDRESS_LITERAL = Pattern.compile("([0-9a-fA-F]*:[0-9a-fA-F:.]*)|([\\d.]+)");
  private static final int BUFFER_BYTES = 64 * 1024;

  /** Body and declared content type of a successful response. */
  record Download(byte[] bytes, String contentType) {}

  private final OkHttpClient client;
  private final ImageSourcePolicy policy;
  private final ImageReaderConfig config;

  HttpImageFetcher(ImageReaderConfig config) {
    this.config = config;
    this.policy = config.policy();
    OkHttpClient base = config.httpClient().orElseGet(OkHttpClient::new);
    this.client = base.newBuilder()
        .followRedirects(false)
        .followSslRedirects(false)
        .proxy(Proxy.NO_PROXY)
        .dns(new PolicyCheckingDns(config.dns(), policy))
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        .build();
  }

  /** Downloads the image at {@code uri}, whose scheme is http or https. */
  Download fetch(URI uri) {
    String requested = uri.toString();
    HttpUrl url = HttpUrl.parse(requested);
    if (url == null) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE, requested + " is not a valid http or https URL");
    }

    for (int redirects = 0; ; redirects++) {
      policy.checkUri(url.uri());
      checkAddressLiteral(url);
      LOG.debug("GET {}", redacted(url));

      Request request = new Request.Builder().url(url).get().header("Accept", "image/*, */*;q=0.5").build();
      try (Response response = client.newCall(request).execute()) {
        if (response.isRedirect()) {
          url = redirectTarget(requested, url, response, redirects);
          continue;
        }
        if (!response.isSuccessful()) {
          throw new ImageReadException(Reason.IMAGE_UNREACHABLE, "GET " + url + " returned " + response.code());
        }
        return readBody(url, response.body());
      } catch (PolicyCheckingDns.PolicyRejection e) {
        throw e.rejection();
      } catch (InterruptedIOException e) {
        throw new ImageReadException(Reason.IMAGE_UNREACHABLE, "GET " + url + " timed out (connect timeout "
            + config.connectTimeout().toMillis() + " ms, read timeout " + config.readTimeout().toMillis()
            + " ms, call timeout " + config.callTimeout().toMillis() + " ms)", e);
      } catch (UnknownHostException e) {
        throw new ImageReadException(Reason.IMAGE_UNREACHABLE,
            "GET " + url + " failed: host " + url.host() + " was not found", e);
      } catch (IOException e) {
        throw new ImageReadException(Reason.IMAGE_UNREACHABLE, "GET " + url + " failed: " + e.getMessage(), e);
      }
    }
  }

  private HttpUrl redirectTarget(String requested, HttpUrl url, Response response, int redirectsSoFar) {
    if (redirectsSoFar >= config.maxRedirects()) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE,
          "GET " + requested + " was redirected more than " + config.maxRedirects() + " times");
    }
    String location = response.header("Location");
    if (location == null) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE,
          "GET " + url + " returned " + response.code() + " without a Location header");
    }
    HttpUrl next = url.resolve(location);
    if (next == null) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE, "GET " + url + " redirected to '" + location
          + "', which is not an http or https URL");
    }
    LOG.debug("GET {} returned {}, following to {}", redacted(url), response.code(), redacted(next));
    return next;
  }

  /** Checks a host given as an address: OkHttp connects to it without asking the resolver. */
  private void checkAddressLiteral(HttpUrl url) {
    String host = url.host();
    if (!ADDRESS_LITERAL.matcher(host).matches()) {
      return;
    }
    InetAddress address;
    try {
      // A literal is parsed, never looked up.
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE, "GET " + url + " failed: " + host
          + " is not a valid IP address", e);
    }
    policy.checkAddress(host, address);
  }

  private Download readBody(HttpUrl url, ResponseBody body) throws IOException {
    long limit = config.maxDownloadBytes();
    long declared = body.contentLength();
    if (declared > limit) {
      throw tooLarge(url, "declares " + declared + " bytes, more than the download limit of " + limit + " bytes");
    }

    ByteArrayOutputStream bytes = new ByteArrayOutputStream(declared > 0 ? (int) declared : BUFFER_BYTES);
    byte[] buffer = new byte[BUFFER_BYTES];
    long total = 0;
    try (InputStream in = body.byteStream()) {
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        total += read;
        // Content-Length may be absent or wrong, so the limit holds on the bytes actually received.
        if (total > limit) {
          throw tooLarge(url, "sent more than the download limit of " + limit + " bytes");
        }
        bytes.write(buffer, 0, read);
      }
    }

    MediaType type = body.contentType();
    return new Download(bytes.toByteArray(), type == null ? null : type.type() + "/" + type.subtype());
  }

  private static ImageReadException tooLarge(HttpUrl url, String detail) {
    return new ImageReadException(Reason.IMAGE_TOO_LARGE,
        "GET " + url + " " + detail + ". Use a smaller image or raise the limit.");
  }

  /** Returns the URL without query and fragment, which may carry signatures or tokens, for logging. */
  private static String redacted(HttpUrl url) {
    return url.newBuilder().query(null).fragment(null).build()
        + (url.query() == null ? "" : "?...");
  }
}
