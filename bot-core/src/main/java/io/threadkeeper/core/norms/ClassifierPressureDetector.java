package io.threadkeeper.core.norms;

import io.threadkeeper.core.model.Platform;
import io.threadkeeper.core.norms.text.PressureClassifier;
import io.threadkeeper.core.norms.text.PressureVerdict;
import java.util.Optional;

/** The pressure rules of {@link PressureClassifier} as the norms engine's detector. */
public final class ClassifierPressureDetector implements PressureDetector {
  private final PressureClassifier classifier = new PressureClassifier();

  @Override
  public Optional<PressureFinding> find(
      Platform platform, String text, boolean urgentChannel, boolean authorIsBot) {
    PressureVerdict verdict = classifier.classify(platform, text, urgentChannel, authorIsBot);
    if (!verdict.pressure()) {
      return Optional.empty();
    }
    return Optional.of(
        new PressureFinding(
            verdict.rule().id(),
            verdict.rule().explanation(),
            verdict.matched(),
            verdict.rule().suggestedRewording()));
  }
}
