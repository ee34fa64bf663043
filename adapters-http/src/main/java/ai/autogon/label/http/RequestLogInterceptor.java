package ai.autogon.label.http;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs each request's method, redacted URL, status and duration at debug level.
 *
 * <p>Headers and bodies are never logged, because the headers carry the API key.
 */
final class RequestLogInterceptor implements Interceptor {
  private static final Logger LOG = LoggerFactory.getLogger(RequestLogInterceptor.class);

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    String url = RemoteLabelModelConfig.redact(request.url());
    LOG.debug("Sending {} {}", request.method(), url);

    long start = System.nanoTime();
    try {
      Response response = chain.proceed(request);
      LOG.debug("Received HTTP {} for {} {} after {} ms",
          response.code(), request.method(), url, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
      return response;
    } catch (IOException e) {
      LOG.debug("{} {} failed after {} ms: {}",
          request.method(), url, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), e.toString());
      throw e;
    }
  }
}
