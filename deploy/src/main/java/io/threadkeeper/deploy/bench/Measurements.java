package io.threadkeeper.deploy.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Repeated measurements of one figure; reports the median, as these machines are noisy. */
final class Measurements {
  private final List<Double> values = new ArrayList<>();

  void add(double value) {
    values.add(value);
  }

  double median() {
    return percentile(values, 50);
  }

  List<Double> values() {
    return List.copyOf(values);
  }

  /** The nearest-rank percentile of {@code data}. */
  static double percentile(List<Double> data, double percent) {
    if (data.isEmpty()) {
      return Double.NaN;
    }
    double[] sorted = data.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }
}
