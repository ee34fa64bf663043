package ai.autogon.label.http;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Adds the {@code X-AUG-KEY} header to every request. */
final class ApiKeyInterceptor implements Interceptor {
  static final String HEADER = "X-AUG-KEY";

  private final String apiKey;

  ApiKeyInterceptor(String apiKey) {
    this.apiKey = apiKey;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request().newBuilder().header(HEADER, apiKey).build();
    return chain.proceed(request);
  }

  @Override
  public String toString() {
    return "ApiKeyInterceptor{header=" + HEADER + ", value=(redacted)}";
  }
}
