package io.threadkeeper.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class TokenCipherTest {
  private static final String TOKEN = "xoxb-1111-2222-sealedtoken";
  private static final String OWNER = "slack:T0ONE";

  private static String key(int fill) {
    byte[] bytes = new byte[TokenCipher.KEY_BYTES];
    java.util.Arrays.fill(bytes, (byte) fill);
    return Base64.getEncoder().encodeToString(bytes);
  }

  private final TokenCipher cipher = TokenCipher.fromBase64(key(7));

  @Test
  void aSealedTokenOpensWithTheSameKeyAndOwnerAndIsNotPlainText() {
    byte[] sealed = cipher.seal(TOKEN, OWNER);

    assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("xoxb");
    assertThat(cipher.open(sealed, OWNER)).isEqualTo(TOKEN);
  }

  @Test
  void sealingTwiceGivesDifferentBytes() {
    assertThat(cipher.seal(TOKEN, OWNER)).isNotEqualTo(cipher.seal(TOKEN, OWNER));
  }

  @Test
  void aChangedByteIsAnErrorThatDoesNotShowTheToken() {
    byte[] sealed = cipher.seal(TOKEN, OWNER);
    sealed[sealed.length - 3] ^= 0x01;

    assertThatThrownBy(() -> cipher.open(sealed, OWNER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not open with this token key")
        .hasMessageNotContaining(TOKEN);
  }

  @Test
  void anotherKeyIsAClearError() {
    byte[] sealed = cipher.seal(TOKEN, OWNER);
    TokenCipher other = TokenCipher.fromBase64(key(9));

    assertThatThrownBy(() -> other.open(sealed, OWNER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(OWNER)
        .hasMessageContaining("the key changed");
  }

  @Test
  void aTokenSealedForOneWorkspaceDoesNotOpenForAnother() {
    byte[] sealed = cipher.seal(TOKEN, OWNER);

    assertThatThrownBy(() -> cipher.open(sealed, "slack:T0TWO"))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aTruncatedValueIsAnError() {
    assertThatThrownBy(() -> cipher.open(new byte[5], OWNER))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void badKeysSayWhatIsWrongWithoutShowingTheKey() {
    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);

    assertThatThrownBy(() -> TokenCipher.fromBase64(null)).hasMessageContaining("missing");
    assertThatThrownBy(() -> TokenCipher.fromBase64("not base64 !!"))
        .hasMessageContaining("not valid base64")
        .hasMessageNotContaining("not base64 !!");
    assertThatThrownBy(() -> TokenCipher.fromBase64(shortKey))
        .hasMessageContaining("exactly 32 bytes")
        .hasMessageContaining("not 16 bytes")
        .hasMessageNotContaining(shortKey);
  }
}
