import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Sends requests to a label-model server on this machine from N clients for T seconds and prints throughput,
 * latency percentiles, errors and the server's resident memory before and after.
 *
 * <p>Run it with the JDK's source launcher, for example:
 *
 * <pre>
 * java bench/ServerLoadBenchmark.java http://127.0.0.1:8080/ --clients 4 --seconds 10 \
 *     --path /api/v1/label/model/predict/ --body-file predict.json --key "$KEY"
 * </pre>
 *
 * <p>Only loopback targets are accepted. Without {@code --body-file} it sends GET requests. The key comes from
 * {@code --key} or the environment variable {@code AUTOGON_SERVER_KEY}. The server's memory is read from
 * {@code /proc} (Linux only), for {@code --pid} or else for the process listening on the URL's port.
 */
public final class ServerLoadBenchmark {
  private static final int MAX_CLIENTS = 64;
  private static final int MAX_SECONDS = 600;

  private ServerLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    OptionalLong pid = options.pid.isPresent() ? options.pid : ListeningProcess.find(options.target.getPort());

    long rssBefore = pid.isPresent() ? ResidentMemory.kib(pid.getAsLong()) : -1;
    Result result = run(options);
    long rssAfter = pid.isPresent() ? ResidentMemory.kib(pid.getAsLong()) : -1;

    print(options, result, pid, rssBefore, rssAfter);
  }

  private static Result run(Options options) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + Duration.ofSeconds(options.seconds).toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(options.clients);
    List<Future<Result>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int i = 0; i < options.clients; i++) {
      futures.add(pool.submit(() -> clientLoop(client, options, deadline)));
    }
    Result total = new Result();
    for (Future<Result> future : futures) {
      total.add(future.get());
    }
    total.wallNanos = System.nanoTime() - started;
    pool.shutdown();
    return total;
  }

  /** Sends one request after another until the deadline; the last request may end a little after it. */
  private static Result clientLoop(HttpClient client, Options options, long deadline) {
    Result result = new Result();
    while (System.nanoTime() < deadline) {
      HttpRequest request = options.request();
      long start = System.nanoTime();
      String outcome;
      try {
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        outcome = Integer.toString(response.statusCode());
      } catch (IOException e) {
        outcome = e.getClass().getSimpleName();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
      result.record(System.nanoTime() - start, outcome);
    }
    return result;
  }

  private static void print(Options options, Result result, OptionalLong pid, long rssBefore, long rssAfter) {
    double seconds = result.wallNanos / 1e9;
    long[] sorted = result.latencies();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "target    %s %s%s%n", options.method(), options.target,
        options.body == null ? "" : " (" + options.body.length + " byte body)");
    System.out.printf(Locale.ROOT, "load      %d clients for %.1f s%n", options.clients, seconds);
    System.out.printf(Locale.ROOT, "requests  %d (%.1f/s)%n", sorted.length, sorted.length / seconds);
    System.out.printf(Locale.ROOT, "errors    %d %s%n", result.errorCount(), result.errorsByOutcome());
    if (sorted.length > 0) {
      System.out.printf(Locale.ROOT, "latency   p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
          percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6, sorted[sorted.length - 1] / 1e6);
    }
    if (pid.isPresent() && rssBefore >= 0 && rssAfter >= 0) {
      System.out.printf(Locale.ROOT, "rss       %.1f MiB before, %.1f MiB after (pid %d)%n",
          rssBefore / 1024.0, rssAfter / 1024.0, pid.getAsLong());
    } else {
      System.out.println("rss       unknown: pass --pid PID of the server (Linux only)");
    }
  }

  /** Returns the nearest-rank percentile of sorted values. */
  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** Latencies and outcomes of the requests one or more clients sent. */
  private static final class Result {
    private long[] latencies = new long[1024];
    private int count;
    private final Map<String, Integer> outcomes = new TreeMap<>();
    private long wallNanos;

    void record(long nanos, String outcome) {
      if (count == latencies.length) {
        latencies = Arrays.copyOf(latencies, count * 2);
      }
      latencies[count++] = nanos;
      outcomes.merge(outcome, 1, Integer::sum);
    }

    void add(Result other) {
      latencies = Arrays.copyOf(latencies, Math.max(latencies.length, count + other.count));
      System.arraycopy(other.latencies, 0, latencies, count, other.count);
      count += other.count;
      other.outcomes.forEach((outcome, n) -> outcomes.merge(outcome, n, Integer::sum));
    }

    long[] latencies() {
      return Arrays.copyOf(latencies, count);
    }

    /** Counts every outcome that is not a 2xx status: other statuses and I/O failures. */
    long errorCount() {
      return errorsByOutcome().values().stream().mapToLong(Integer::longValue).sum();
    }

    Map<String, Integer> errorsByOutcome() {
      Map<String, Integer> errors = new TreeMap<>(outcomes);
      errors.keySet().removeIf(outcome -> outcome.length() == 3 && outcome.startsWith("2"));
      return errors;
    }
  }

  /** Command-line options, checked so the benchmark stays bounded and on this machine. */
  private static final class Options {
    URI target;
    int clients = 4;
    int seconds = 10;
    byte[] body;
    String key = System.getenv("AUTOGON_SERVER_KEY");
    OptionalLong pid = OptionalLong.empty();

    static Options parse(String[] args) throws IOException {
      if (args.length == 0 || args[0].startsWith("--")) {
        throw usage("the server URL is required as the first argument");
      }
      Options options = new Options();
      URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
      String path = "health";
      for (int i = 1; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw usage("option " + args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--clients": options.clients = bounded("--clients", value, MAX_CLIENTS); break;
          case "--seconds": options.seconds = bounded("--seconds", value, MAX_SECONDS); break;
          case "--path": path = value.startsWith("/") ? value.substring(1) : value; break;
          case "--body-file": options.body = Files.readAllBytes(Path.of(value)); break;
          case "--key": options.key = value; break;
          case "--pid": options.pid = OptionalLong.of(number("--pid", value)); break;
          default: throw usage("unknown option " + args[i]);
        }
      }
      options.target = base.resolve(path);
      requireLoopback(options.target);
      return options;
    }

    String method() {
      return body == null ? "GET" : "POST";
    }

    HttpRequest request() {
      HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(Duration.ofMinutes(5));
      if (key != null && !key.isEmpty()) {
        request.header("X-AUG-KEY", key);
      }
      if (body == null) {
        return request.GET().build();
      }
      return request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static long number(String name, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw usage(name + " must be a whole number, got '" + value + "'");
      }
    }

    private static int bounded(String name, String value, int max) {
      long parsed = number(name, value);
      if (parsed < 1 || parsed > max) {
        throw usage(name + " must be between 1 and " + max + ", got " + value);
      }
      return (int) parsed;
    }

    private static void requireLoopback(URI target) throws UnknownHostException {
      String host = target.getHost();
      if (host == null || target.getPort() < 0 || !"http".equals(target.getScheme())) {
        throw usage("the server URL must be http://HOST:PORT/, got " + target);
      }
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          throw usage("the benchmark only targets this machine; " + host + " resolves to " + address.getHostAddress());
        }
      }
    }

    private static IllegalArgumentException usage(String problem) {
      return new IllegalArgumentException(problem + "\nusage: java bench/ServerLoadBenchmark.java http://127.0.0.1:PORT/ "
          + "[--clients N (1-" + MAX_CLIENTS + ", default 4)] [--seconds T (1-" + MAX_SECONDS + ", default 10)] "
          + "[--path /api/v1/label/model/predict/] [--body-file request.json] [--key KEY] [--pid SERVER_PID]");
    }
  }

  /** Reads a process's resident set size from /proc. */
  private static final class ResidentMemory {
    static long kib(long pid) throws IOException {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
      return -1;
    }
  }

  /** Finds the process that listens on a local TCP port through /proc/net and /proc/PID/fd. */
  private static final class ListeningProcess {
    private static final String LISTEN = "0A";

    static OptionalLong find(int port) {
      try {
        List<String> inodes = new ArrayList<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
          Path file = Path.of(table);
          if (!Files.exists(file)) {
            continue;
          }
          for (String line : Files.readAllLines(file)) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && fields[3].equals(LISTEN) && fields[1].endsWith(String.format(":%04X", port))) {
              inodes.add("socket:[" + fields[9] + "]");
            }
          }
        }
        if (inodes.isEmpty()) {
          return OptionalLong.empty();
        }
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
          for (Path process : (Iterable<Path>) processes::iterator) {
            String name = process.getFileName().toString();
            if (name.chars().allMatch(Character::isDigit) && ownsSocket(process, inodes)) {
              return OptionalLong.of(Long.parseLong(name));
            }
          }
        }
      } catch (IOException e) {
        return OptionalLong.empty();
      }
      return OptionalLong.empty();
    }

    private static boolean ownsSocket(Path process, List<String> inodes) {
      try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
        return descriptors.anyMatch(fd -> {
          try {
            return inodes.contains(Files.readSymbolicLink(fd).toString());
          } catch (IOException e) {
            return false;
          }
        });
      } catch (IOException | SecurityException e) {
        return false;
      }
    }
  }
}
