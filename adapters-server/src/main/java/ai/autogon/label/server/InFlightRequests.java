package ai.autogon.label.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Duration;

/** Counts requests inside the servlet so that stopping can wait until their responses are written. */
final class InFlightRequests implements Filter {
  private int count;

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    synchronized (this) {
      count++;
    }
    try {
      chain.doFilter(request, response);
      if (!request.isAsyncStarted()) {
        // Closing completes the response here, so the count drops only after the last byte is sent.
        response.getOutputStream().close();
      }
    } finally {
      synchronized (this) {
        count--;
        notifyAll();
      }
    }
  }

  /** Waits until no request is in flight or the timeout passes; returns whether none is left. */
  synchronized boolean awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (count > 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      wait(Math.max(1, left / 1_000_000));
    }
    return true;
  }

  synchronized int count() {
    return count;
  }
}
