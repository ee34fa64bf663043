package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.image.ImageReadException;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the policy as a pure function over literal addresses; nothing here resolves a name or connects. */
class ServerImageSourcePolicyTest {
  private final ServerImageSourcePolicy policy = ServerImageSourcePolicy.defaults();

  @ParameterizedTest
  @ValueSource(strings = {
      "0.0.0.0", "127.0.0.1", "127.255.0.9", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
      "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "239.255.255.250", "255.255.255.255",
      "240.0.0.1", "192.0.2.10", "198.18.0.1", "198.51.100.7", "203.0.113.9", "192.0.0.8",
      "::", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1", "ff02::1", "2001:db8::1",
      "2001:0:4136:e378:8000:63bf:3fff:fdd2", "64:ff9b:1::1", "100::1"})
  void rejectsSpecialUseAddress(String literal) {
    // given
    InetAddress address = literal(literal);

    // when / then
    assertThatThrownBy(() -> policy.checkAddress("images.invalid", address))
        .isInstanceOfSatisfying(ImageReadException.class,
            e -> assertThat(e.reason()).isEqualTo(ImageReadException.Reason.IMAGE_FORBIDDEN))
        .hasMessageStartingWith("host images.invalid is not allowed: its address ");
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.215.14", "8.8.4.4", "172.32.0.1", "100.128.0.1", "2606:4700::1111", "2a00:1450::1"})
  void admitsPublicUnicastAddress(String literal) {
    // given
    InetAddress address = literal(literal);

    // when / then
    assertThatCode(() -> policy.checkAddress("images.invalid", address)).doesNotThrowAnyException();
  }

  @Test
  void rejectsLinkLocalWithExactMessage() {
    // when / then
    assertThatThrownBy(() -> policy.checkAddress("metadata.invalid", literal("169.254.169.254")))
        .hasMessage("host metadata.invalid is not allowed: its address 169.254.169.254 is link-local (169.254.0.0/16); "
            + "the server operator can allow-list the host or range if it is trusted");
  }

  @Test
  void rejectsIpv4MappedFormOfPrivateAddress() throws UnknownHostException {
    // given: Inet6Address keeps the mapped form that InetAddress.getByAddress would turn into IPv4
    byte[] mapped = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xff, (byte) 0xff, 10, 0, 0, 1};
    InetAddress address = Inet6Address.getByAddress(null, mapped, -1);

    // when / then
    assertThatThrownBy(() -> policy.checkAddress("images.invalid", address))
        .hasMessageContaining("is an IPv6 form of 10.0.0.1, which is private (10.0.0.0/8)");
  }

  @Test
  void rejectsMappedLiteralOfLoopback() {
    // when / then: Java turns a mapped literal into its IPv4 address
    assertThatThrownBy(() -> policy.checkAddress("images.invalid", literal("::ffff:127.0.0.1")))
        .hasMessageContaining("is loopback (127.0.0.0/8)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"::ffff:0:169.254.169.254", "64:ff9b::a9fe:a9fe", "2002:a9fe:a9fe::1", "::169.254.169.254"})
  void rejectsIpv6TransitionFormsOfLinkLocal(String literal) {
    // when / then
    assertThatThrownBy(() -> policy.checkAddress("images.invalid", literal(literal)))
        .hasMessageContaining("an IPv6 form of 169.254.169.254, which is link-local");
  }

  @Test
  void admitsNat64FormOfPublicAddress() {
    // when / then
    assertThatCode(() -> policy.checkAddress("images.invalid", literal("64:ff9b::808:808"))).doesNotThrowAnyException();
  }

  @Test
  void allowListAdmitsHostAndRange() {
    // given
    ServerImageSourcePolicy allowing = ServerImageSourcePolicy.builder()
        .allow("Images.Internal.")
        .allow("10.20.0.0/16")
        .allow("fd00::/8")
        .build();

    // when / then
    assertThatCode(() -> allowing.checkAddress("images.internal", literal("192.168.7.7"))).doesNotThrowAnyException();
    assertThatCode(() -> allowing.checkAddress("other.invalid", literal("10.20.30.40"))).doesNotThrowAnyException();
    assertThatCode(() -> allowing.checkAddress("other.invalid", literal("fd00::5"))).doesNotThrowAnyException();
    assertThatThrownBy(() -> allowing.checkAddress("other.invalid", literal("10.21.0.1")))
        .hasMessageContaining("is private (10.0.0.0/8)");
    assertThatCode(() -> allowing.checkUri(URI.create("http://images.internal/a.jpg"))).doesNotThrowAnyException();
  }

  @Test
  void rejectsInvalidAllowListEntry() {
    // when / then
    assertThatThrownBy(() -> ServerImageSourcePolicy.builder().allow("10.0.0.0/40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'10.0.0.0/40' has an invalid prefix length: expected 0 to 32");
    assertThatThrownBy(() -> ServerImageSourcePolicy.builder().allow("images.invalid/8"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'images.invalid/8' is not a CIDR range: expected an IP literal with an optional /prefix, such as 10.1.0.0/16");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://images.invalid/a.jpg", "gopher://images.invalid/", "jar:file:/a.jar!/x.png"})
  void rejectsOtherSchemes(String uri) {
    // when / then
    assertThatThrownBy(() -> policy.checkUri(URI.create(uri)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(uri + " is not allowed: only http and https URLs are accepted");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://2130706433/a.jpg", "http://0x7f000001/a.jpg"})
  void rejectsNumericHostForms(String uri) {
    // when / then
    assertThatThrownBy(() -> policy.checkUri(URI.create(uri)))
        .hasMessage(uri + " is not allowed: a numeric host must be a dotted-quad IPv4 or an IPv6 literal");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.1/a.jpg", "http://10.0.1/a.jpg", "http:/a.jpg"})
  void rejectsUrlsWithoutValidHost(String uri) {
    // when / then
    assertThatThrownBy(() -> policy.checkUri(URI.create(uri)))
        .hasMessage(uri + " is not allowed: the URL has no valid host name or IP literal");
  }

  @Test
  void rejectsLiteralAndLocalhostHostsBeforeResolving() {
    // when / then
    assertThatThrownBy(() -> policy.checkUri(URI.create("http://169.254.169.254/latest/meta-data/")))
        .hasMessageContaining("its address 169.254.169.254 is link-local");
    assertThatThrownBy(() -> policy.checkUri(URI.create("http://[::1]:8080/a.jpg")))
        .hasMessageContaining("its address 0:0:0:0:0:0:0:1 is loopback");
    assertThatThrownBy(() -> policy.checkUri(URI.create("http://LOCALHOST./a.jpg")))
        .hasMessage("http://LOCALHOST./a.jpg is not allowed: 'localhost' names this machine");
  }

  @Test
  void admitsHttpsUrlWithName() {
    // when / then: only the name is checked here; the reader checks each resolved address
    assertThatCode(() -> policy.checkUri(URI.create("https://images.invalid/cells/a.jpg"))).doesNotThrowAnyException();
    assertThatCode(() -> policy.checkUri(URI.create("http://cafe.be/a.jpg"))).doesNotThrowAnyException();
  }

  @Test
  void rejectsFilesWithoutRoot(@TempDir Path dir) throws IOException {
    // given
    Path image = Files.writeString(dir.resolve("a.jpg"), "x");

    // when / then
    assertThatThrownBy(() -> policy.checkUri(image.toUri()))
        .hasMessage(image.toUri() + " is not allowed: this server reads no local files, only http and https URLs");
    assertThatThrownBy(() -> policy.checkFile(image))
        .hasMessage("file " + image + " is not allowed: this server reads no local files, only http and https URLs");
  }

  @Test
  void admitsFilesUnderRoot(@TempDir Path dir) throws IOException {
    // given
    Path root = Files.createDirectory(dir.resolve("images"));
    Path image = Files.writeString(Files.createDirectory(root.resolve("cells")).resolve("a.jpg"), "x");
    ServerImageSourcePolicy withRoot = ServerImageSourcePolicy.builder().fileRoot(root).build();

    // when / then
    assertThatCode(() -> withRoot.checkUri(image.toUri())).doesNotThrowAnyException();
    assertThatCode(() -> withRoot.checkFile(image)).doesNotThrowAnyException();
    assertThatCode(() -> withRoot.checkFile(root.resolve("cells/../cells/a.jpg"))).doesNotThrowAnyException();
    assertThatCode(() -> withRoot.checkFile(root.resolve("missing.jpg"))).doesNotThrowAnyException();
  }

  @Test
  void rejectsFilesEscapingRoot(@TempDir Path dir) throws IOException {
    // given
    Path root = Files.createDirectory(dir.resolve("images"));
    Path outside = Files.writeString(dir.resolve("secret.txt"), "x");
    Path link = Files.createSymbolicLink(root.resolve("link.jpg"), outside);
    Path linkedDir = Files.createSymbolicLink(root.resolve("up"), dir);
    ServerImageSourcePolicy withRoot = ServerImageSourcePolicy.builder().fileRoot(root).build();
    String reason = " is not allowed: it lies outside the directory this server reads images from";

    // when / then
    assertThatThrownBy(() -> withRoot.checkFile(root.resolve("../secret.txt")))
        .hasMessage("file " + root.resolve("../secret.txt") + reason);
    assertThatThrownBy(() -> withRoot.checkFile(link)).hasMessage("file " + link + reason);
    assertThatThrownBy(() -> withRoot.checkFile(linkedDir.resolve("secret.txt")))
        .hasMessage("file " + linkedDir.resolve("secret.txt") + reason);
    assertThatThrownBy(() -> withRoot.checkFile(root.resolve("../missing.jpg")))
        .hasMessage("file " + root.resolve("../missing.jpg") + reason);
    assertThatThrownBy(() -> withRoot.checkFile(dir.resolve("images-other/a.jpg")))
        .hasMessage("file " + dir.resolve("images-other/a.jpg") + reason);
  }

  @Test
  void rejectsMissingFileRoot(@TempDir Path dir) {
    // when / then
    assertThatThrownBy(() -> ServerImageSourcePolicy.builder().fileRoot(dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image directory " + dir.resolve("none") + " does not exist or is not a directory");
  }

  /** Parses an IP literal; a name would fail here instead of being resolved. */
  private static InetAddress literal(String text) {
    return IpLiterals.parse(text).orElseThrow(() -> new AssertionError("not an IP literal: " + text));
  }
}
