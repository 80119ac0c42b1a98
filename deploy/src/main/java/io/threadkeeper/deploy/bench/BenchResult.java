package io.threadkeeper.deploy.bench;

import java.util.List;

/**
 * One line of the benchmark table.
 *
 * @param value the median over the runs
 * @param baseline the baseline's median measured in the same process, or {@code NaN}
 * @param target the design target, in words
 */
record BenchResult(
    String name, String unit, double value, double baseline, List<Double> runs, String target) {

  /** value / baseline, or {@code NaN} without a baseline. */
  double ratio() {
    return Double.isNaN(baseline) || baseline == 0 ? Double.NaN : value / baseline;
  }
}
