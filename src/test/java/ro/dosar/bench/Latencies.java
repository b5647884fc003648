package ro.dosar.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Response times in milliseconds and their percentiles (nearest rank). */
final class Latencies {

  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  int count() {
    return millis.size();
  }

  double percentile(double p) {
    if (millis.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
