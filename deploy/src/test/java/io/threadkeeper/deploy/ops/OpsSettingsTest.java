package io.threadkeeper.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OpsSettingsTest {
  @Test
  void listensOnEveryInterfaceOnPort8080ByDefault() {
    assertThat(OpsSettings.from(Map.of())).isEqualTo(new OpsSettings("0.0.0.0", 8080));
  }

  @Test
  void readsPortAndAddressFromTheEnvironment() {
    assertThat(
            OpsSettings.from(Map.of(OpsSettings.PORT, " 9090 ", OpsSettings.ADDRESS, "127.0.0.1")))
        .isEqualTo(new OpsSettings("127.0.0.1", 9090));
  }

  @Test
  void aBadPortNamesTheSettingToChange() {
    assertThatThrownBy(() -> OpsSettings.from(Map.of(OpsSettings.PORT, "eighty")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(OpsSettings.PORT);
    assertThatThrownBy(() -> OpsSettings.from(Map.of(OpsSettings.PORT, "70000")))
        .hasMessageContaining(OpsSettings.PORT);
  }
}
