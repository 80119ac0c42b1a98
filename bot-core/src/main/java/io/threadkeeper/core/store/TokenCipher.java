package io.threadkeeper.core.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals tokens for storage with AES-256-GCM: a fresh 12-byte nonce per sealing, the nonce stored in
 * front of the ciphertext, and the owner (a workspace key) as associated data, so a sealed token
 * copied to another workspace's row does not open. Opening with another key or a changed byte fails
 * with an error that says so and never shows the token.
 *
 * <p>Thread-safe: a {@link Cipher} is made per call.
 */
public final class TokenCipher {
  public static final int KEY_BYTES = 32;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";

  private final SecretKey key;
  private final SecureRandom random;

  private TokenCipher(byte[] key, SecureRandom random) {
    this.key = new SecretKeySpec(key, "AES");
    this.random = random;
  }

  /**
   * A cipher over a key given as base64 of exactly 32 bytes (e.g. {@code openssl rand -base64 32}).
   *
   * @throws IllegalArgumentException saying what is wrong with the key, never showing it
   */
  public static TokenCipher fromBase64(String base64) {
    if (base64 == null || base64.isBlank()) {
      throw new IllegalArgumentException(
          "the token key is missing: give base64 of 32 random bytes (openssl rand -base64 32)");
    }
    byte[] key;
    try {
      key = Base64.getDecoder().decode(base64.trim());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the token key is not valid base64: give base64 of 32 random bytes"
              + " (openssl rand -base64 32)");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          "the token key must be base64 of exactly 32 bytes (openssl rand -base64 32), not "
              + key.length
              + " bytes");
    }
    return new TokenCipher(key, new SecureRandom());
  }

  /** Seals {@code token} for {@code owner}: nonce followed by ciphertext and tag. */
  public byte[] seal(String token, String owner) {
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  /**
   * Opens what {@link #seal} made for the same owner.
   *
   * @throws IllegalStateException when the bytes were sealed under another key or for another
   *     owner, or were changed
   */
  public String open(byte[] sealed, String owner) {
    if (sealed == null || sealed.length <= NONCE_BYTES) {
      throw new IllegalStateException("the stored token of " + owner + " is truncated");
    }
    try {
      Cipher cipher = Cipher.getInstance(TRANSFORMATION);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
      cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
      byte[] plain = cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (AEADBadTagException e) {
      throw new IllegalStateException(
          "the stored token of "
              + owner
              + " does not open with this token key: the key changed since it was stored, or the"
              + " row was altered; reinstall the app in that workspace or restore the old key");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available in this JVM", e);
    }
  }

  @Override
  public String toString() {
    return "TokenCipher[AES-256-GCM]";
  }
}
