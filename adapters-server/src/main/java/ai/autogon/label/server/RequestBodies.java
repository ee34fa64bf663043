package ai.autogon.label.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a size limit that applies whether or not the client declares a length. */
final class RequestBodies {
  private RequestBodies() {}

  /**
   * Reads the whole body of a request.
   *
   * @throws ApiException with status 413 when the body is larger than {@code maxBytes}
   */
  static byte[] read(Context ctx, long maxBytes) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBytes) {
      throw tooLarge(maxBytes);
    }
    int readLimit = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8);
    byte[] body;
    try (InputStream in = ctx.req().getInputStream()) {
      body = in.readNBytes(readLimit);
    } catch (IOException e) {
      throw new ApiException(400, "request body could not be read: " + e.getMessage());
    }
    if (body.length > maxBytes) {
      throw tooLarge(maxBytes);
    }
    return body;
  }

  private static ApiException tooLarge(long maxBytes) {
    return new ApiException(413, "request body is larger than this server's limit of " + maxBytes + " bytes");
  }
}
