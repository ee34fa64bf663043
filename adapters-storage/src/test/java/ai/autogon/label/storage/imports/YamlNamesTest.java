package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class YamlNamesTest {

  @Test
  void readsFlowList() {
    // when / then
    assertThat(YamlNames.parse(List.of("nc: 2", "names: ['cat', \"dog\"]  # two classes")))
        .contains(List.of("cat", "dog"));
  }

  @Test
  void readsFlowListOverLines() {
    // when / then
    assertThat(YamlNames.parse(List.of("names: [cat,", "  dog]"))).contains(List.of("cat", "dog"));
  }

  @Test
  void readsBlockList() {
    // when / then
    assertThat(YamlNames.parse(List.of("names:", "  - cat", "  - 'traffic light'", "nc: 2"))).contains(List.of("cat", "traffic light"));
  }

  @Test
  void readsIdMapInIdOrder() {
    // when / then
    assertThat(YamlNames.parse(List.of("names:", "  1: dog", "  0: cat", "", "train: images/train")))
        .contains(List.of("cat", "dog"));
  }

  @Test
  void missingKeyGivesEmpty() {
    // when / then
    assertThat(YamlNames.parse(List.of("train: images/train"))).isEmpty();
  }
}
