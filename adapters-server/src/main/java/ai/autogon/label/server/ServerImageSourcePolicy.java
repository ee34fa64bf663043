package ai.autogon.label.server;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Image source policy for a server that fetches URLs on behalf of its clients.
 *
 * <p>It admits {@code http} and {@code https} URLs whose addresses are public unicast, and rejects
 * loopback, private, link-local, multicast, unspecified, carrier-grade NAT, documentation and other special
 * ranges, including IPv6 forms that embed such an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64 and 6to4).
 * An allow-list admits chosen host names or CIDR ranges anyway. {@code file:} URIs are admitted only below a
 * configured directory, after resolving symbolic links. The image reader must call {@link #checkAddress} for
 * every resolved address and every redirect hop before connecting.
 */
public final class ServerImageSourcePolicy implements ImageSourcePolicy {
  private static final List<SpecialRange> SPECIAL_RANGES = List.of(
      special("0.0.0.0/8", "in 'this network' (unspecified)"),
      special("10.0.0.0/8", "private"),
      special("100.64.0.0/10", "carrier-grade NAT"),
      special("127.0.0.0/8", "loopback"),
      special("169.254.0.0/16", "link-local"),
      special("172.16.0.0/12", "private"),
      special("192.0.0.0/24", "reserved for IETF protocol assignments"),
      special("192.0.2.0/24", "reserved for documentation"),
      special("192.88.99.0/24", "a deprecated 6to4 relay anycast address"),
      special("192.168.0.0/16", "private"),
      special("198.18.0.0/15", "reserved for benchmarking"),
      special("198.51.100.0/24", "reserved for documentation"),
      special("203.0.113.0/24", "reserved for documentation"),
      special("224.0.0.0/4", "multicast"),
      special("240.0.0.0/4", "reserved (or broadcast)"),
      special("::/128", "unspecified"),
      special("::1/128", "loopback"),
      special("64:ff9b:1::/48", "reserved for local NAT64"),
      special("100::/64", "discard-only"),
      special("2001::/23", "reserved for IETF protocol assignments (Teredo included)"),
      special("2001:db8::/32", "reserved for documentation"),
      special("3fff::/20", "reserved for documentation"),
      special("5f00::/16", "reserved for SRv6 segment identifiers"),
      special("fc00::/7", "unique local (private)"),
      special("fe80::/10", "link-local"),
      special("fec0::/10", "site-local"),
      special("ff00::/8", "multicast"));

  private static final CidrRange IPV4_MAPPED = CidrRange.parse("::ffff:0:0/96");
  private static final CidrRange IPV4_TRANSLATED = CidrRange.parse("::ffff:0:0:0/96");
  private static final CidrRange IPV4_COMPATIBLE = CidrRange.parse("::/96");
  private static final CidrRange NAT64 = CidrRange.parse("64:ff9b::/96");
  private static final CidrRange SIX_TO_FOUR = CidrRange.parse("2002::/16");

  private final Set<String> allowedHosts;
  private final List<CidrRange> allowedRanges;
  private final Path fileRoot;

  private ServerImageSourcePolicy(Set<String> allowedHosts, List<CidrRange> allowedRanges, Path fileRoot) {
    this.allowedHosts = Set.copyOf(allowedHosts);
    this.allowedRanges = List.copyOf(allowedRanges);
    this.fileRoot = fileRoot;
  }

  /** Returns the default policy: public http and https sources only, no allow-list, no local files. */
  public static ServerImageSourcePolicy defaults() {
    return builder().build();
  }

  /** Returns a builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void checkUri(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("file")) {
      if (fileRoot == null) {
        throw forbidden(uri + " is not allowed: this server reads no local files, only http and https URLs");
      }
      return;
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw forbidden(uri + " is not allowed: only http and https URLs are accepted");
    }

    String host = normalizeHost(uri.getHost());
    if (host.isEmpty()) {
      // java.net.URI leaves the host empty when the authority is not a valid name, as in http://127.1/.
      throw forbidden(uri + " is not allowed: the URL has no valid host name or IP literal");
    }
    if (allowedHosts.contains(host)) {
      return;
    }
    Optional<InetAddress> literal = IpLiterals.parse(host);
    if (literal.isPresent()) {
      checkAddress(host, literal.get());
      return;
    }
    if (endsInNumber(host)) {
      throw forbidden(uri + " is not allowed: a numeric host must be a dotted-quad IPv4 or an IPv6 literal");
    }
    if (host.equals("localhost") || host.endsWith(".localhost")) {
      throw forbidden(uri + " is not allowed: '" + host + "' names this machine");
    }
  }

  @Override
  public void checkAddress(String host, InetAddress address) {
    if (host != null && allowedHosts.contains(normalizeHost(host))) {
      return;
    }
    for (CidrRange range : allowedRanges) {
      if (range.contains(address)) {
        return;
      }
    }
    Optional<String> reason = specialUseReason(address);
    if (reason.isPresent()) {
      throw forbidden(
          "host " + host + " is not allowed: its address " + address.getHostAddress() + " is " + reason.get()
              + "; the server operator can allow-list the host or range if it is trusted");
    }
  }

  @Override
  public void checkFile(Path file) {
    if (fileRoot == null) {
      throw forbidden("file " + file + " is not allowed: this server reads no local files, only http and https URLs");
    }

    Path resolved;
    try {
      resolved = file.toRealPath();
    } catch (NoSuchFileException e) {
      // A missing file cannot be opened, so the lexical check is enough; the reader reports it as unreachable.
      resolved = file.toAbsolutePath().normalize();
    } catch (IOException e) {
      throw forbidden("file " + file + " is not allowed: its real path cannot be resolved (" + e.getMessage() + ")");
    }
    if (!resolved.startsWith(fileRoot)) {
      throw forbidden("file " + file + " is not allowed: it lies outside the directory this server reads images from");
    }
  }

  /** Returns why an address is rejected unless allow-listed, or empty when it is public unicast. */
  static Optional<String> specialUseReason(InetAddress address) {
    for (SpecialRange special : SPECIAL_RANGES) {
      if (special.range().contains(address)) {
        return Optional.of(special.kind() + " (" + special.range() + ")");
      }
    }
    Optional<InetAddress> embedded = embeddedIpv4(address);
    if (embedded.isPresent()) {
      return specialUseReason(embedded.get())
          .map(reason -> "an IPv6 form of " + embedded.get().getHostAddress() + ", which is " + reason);
    }
    return Optional.empty();
  }

  /** Returns the IPv4 address an IPv6 transition form carries, or empty for other addresses. */
  private static Optional<InetAddress> embeddedIpv4(InetAddress address) {
    if (address instanceof Inet4Address) {
      return Optional.empty();
    }
    byte[] bytes = address.getAddress();
    if (IPV4_MAPPED.contains(address) || IPV4_TRANSLATED.contains(address)
        || IPV4_COMPATIBLE.contains(address) || NAT64.contains(address)) {
      return Optional.of(IpLiterals.byAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]}));
    }
    if (SIX_TO_FOUR.contains(address)) {
      return Optional.of(IpLiterals.byAddress(new byte[] {bytes[2], bytes[3], bytes[4], bytes[5]}));
    }
    return Optional.empty();
  }

  /** Returns whether the last label is a number, which URL parsers and resolvers may read as an IPv4 address. */
  private static boolean endsInNumber(String host) {
    String last = host.substring(host.lastIndexOf('.') + 1);
    return !last.isEmpty()
        && (last.chars().allMatch(Character::isDigit) || last.startsWith("0x"));
  }

  private static String normalizeHost(String host) {
    if (host == null) {
      return "";
    }
    String normalized = host.toLowerCase(Locale.ROOT);
    if (normalized.startsWith("[") && normalized.endsWith("]")) {
      normalized = normalized.substring(1, normalized.length() - 1);
    }
    if (normalized.endsWith(".")) {
      normalized = normalized.substring(0, normalized.length() - 1);
    }
    return normalized;
  }

  private static ImageReadException forbidden(String message) {
    return new ImageReadException(ImageReadException.Reason.IMAGE_FORBIDDEN, message);
  }

  private static SpecialRange special(String cidr, String kind) {
    return new SpecialRange(CidrRange.parse(cidr), kind);
  }

  private record SpecialRange(CidrRange range, String kind) {}

  /** Builds a {@link ServerImageSourcePolicy}. */
  public static final class Builder {
    private final Set<String> allowedHosts = new LinkedHashSet<>();
    private final List<CidrRange> allowedRanges = new ArrayList<>();
    private Path fileRoot;

    private Builder() {}

    /**
     * Admits a host name (matched exactly, ignoring case) or a CIDR range such as {@code 10.1.0.0/16} or a
     * single IP literal, even when its addresses are private.
     *
     * @throws IllegalArgumentException when the entry is blank or contains a slash without being a CIDR range
     */
    public Builder allow(String hostOrRange) {
      Objects.requireNonNull(hostOrRange, "hostOrRange");
      String entry = hostOrRange.strip();
      if (entry.isEmpty()) {
        throw new IllegalArgumentException("an allow-list entry must be a host name or a CIDR range, got a blank entry");
      }
      if (entry.contains("/") || IpLiterals.parse(entry).isPresent()) {
        allowedRanges.add(CidrRange.parse(entry));
      } else {
        allowedHosts.add(normalizeHost(entry));
      }
      return this;
    }

    /**
     * Admits {@code file:} URIs for files below {@code directory}, after resolving symbolic links.
     *
     * @throws IllegalArgumentException when the directory does not exist or is not a directory
     */
    public Builder fileRoot(Path directory) {
      Objects.requireNonNull(directory, "directory");
      if (!Files.isDirectory(directory)) {
        throw new IllegalArgumentException("image directory " + directory + " does not exist or is not a directory");
      }
      try {
        this.fileRoot = directory.toRealPath();
      } catch (IOException e) {
        throw new IllegalArgumentException("cannot resolve image directory " + directory + ": " + e.getMessage(), e);
      }
      return this;
    }

    public ServerImageSourcePolicy build() {
      return new ServerImageSourcePolicy(allowedHosts, allowedRanges, fileRoot);
    }
  }
}
