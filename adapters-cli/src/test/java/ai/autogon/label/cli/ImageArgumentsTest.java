package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageArgumentsTest {
  @TempDir
  Path directory;

  private Path scans;

  @BeforeEach
  void createImages() throws Exception {
    scans = Files.createDirectories(directory.resolve("scans"));
    for (String name : List.of("b.jpg", "a.PNG", "notes.txt", "c.jpeg")) {
      Files.writeString(scans.resolve(name), "x");
    }
    Path nested = Files.createDirectories(scans.resolve("day2"));
    Files.writeString(nested.resolve("d.jpg"), "x");
  }

  @Test
  void directoryGivesSortedImagesOnly() {
    List<ImageReference> images = ImageArguments.expand(List.of(scans.toString()), false);

    assertThat(images).containsExactly(reference("a.PNG"), reference("b.jpg"), reference("c.jpeg"));
  }

  @Test
  void recursiveDirectoryIncludesSubdirectories() {
    List<ImageReference> images = ImageArguments.expand(List.of(scans.toString()), true);

    assertThat(images).containsExactly(
        reference("a.PNG"), reference("b.jpg"), reference("c.jpeg"), reference("day2/d.jpg"));
  }

  @Test
  void globExpandsInSortedOrder() {
    List<ImageReference> images = ImageArguments.expand(List.of(scans + "/*.jp*g"), false);

    assertThat(images).containsExactly(reference("b.jpg"), reference("c.jpeg"));
  }

  @Test
  void doubleStarGlobReachesSubdirectories() {
    List<ImageReference> images = ImageArguments.expand(List.of(scans + "/**/*.jpg"), false);

    assertThat(images).containsExactly(reference("day2/d.jpg"));
  }

  @Test
  void globWithoutMatchRejected() {
    String pattern = scans + "/*.gif";

    assertThatThrownBy(() -> ImageArguments.expand(List.of(pattern), false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("image must be a glob that matches at least one image "
            + "(.jpg, .jpeg, .png, .bmp, .tif, .tiff, .webp, .gif), got '" + pattern + "'");
  }

  @Test
  void directoryWithoutImagesRejected() throws Exception {
    Path empty = Files.createDirectories(directory.resolve("empty"));

    assertThatThrownBy(() -> ImageArguments.expand(List.of(empty.toString()), false))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("image must be a directory with at least one image (.jpg, .jpeg, .png, .bmp, .tif, .tiff, .webp, "
            + ".gif); pass --recursive to include subdirectories, got '" + empty + "'");
  }

  @Test
  void urlsAndMissingFilesPassThroughInOrder() {
    Path missing = directory.resolve("missing.jpg");

    List<ImageReference> images = ImageArguments.expand(
        List.of("http://127.0.0.1/a.jpg", missing.toString(), scans.resolve("b.jpg").toString()), false);

    assertThat(images).containsExactly(
        ImageReference.parse("http://127.0.0.1/a.jpg"), ImageReference.of(missing), reference("b.jpg"));
  }

  private ImageReference reference(String relative) {
    return ImageReference.of(scans.resolve(relative));
  }
}
