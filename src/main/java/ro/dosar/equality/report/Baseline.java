package ro.dosar.equality.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * The end-2025 baseline of the plan (spec §2.3), as the versioned file {@code
 * config/equality/baseline-2025.csv} states it: occupied posts by gender for the staff, the
 * leadership and each leadership level, and the planned posts.
 *
 * @param groups {@code STAFF}, {@code LEADERSHIP}, {@code DIRECTOR_GENERAL}, {@code
 *     EXECUTIVE_DIRECTOR}, {@code HEAD_OF_SERVICE} → women and men
 * @param plannedPosts the posts of the organisation chart (323), {@code null} if not given
 */
public record Baseline(Map<String, GenderSplit> groups, Integer plannedPosts) {

  /** The year the baseline describes (31 December). */
  public static final int YEAR = 2025;
  static final String HEADER = "group,male,female,total";

  public GenderSplit group(String group) {
    return groups.getOrDefault(group, null);
  }

  /** Reads the file; a missing or inconsistent row stops the application with the reason. */
  public static Baseline read(String location) {
    Resource resource = new DefaultResourceLoader().getResource(location);
    String text;
    try (InputStream in = resource.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the equality baseline " + location, e);
    }
    Map<String, GenderSplit> groups = new LinkedHashMap<>();
    Integer planned = null;
    boolean header = false;
    for (String raw : text.split("\\R")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (!header) {
        if (!line.equals(HEADER)) {
          throw new IllegalStateException(location + ": the first row must be " + HEADER);
        }
        header = true;
        continue;
      }
      List<String> cells = List.of(line.split(",", -1));
      if (cells.size() != 4) {
        throw new IllegalStateException(location + ": 4 cells expected in " + line);
      }
      int total = Integer.parseInt(cells.get(3).strip());
      if ("PLANNED_POSTS".equals(cells.get(0))) {
        planned = total;
        continue;
      }
      int male = Integer.parseInt(cells.get(1).strip());
      int female = Integer.parseInt(cells.get(2).strip());
      if (male + female != total) {
        throw new IllegalStateException(location + ": " + male + " + " + female + " ≠ " + total
            + " in " + line);
      }
      groups.put(cells.get(0).strip(), GenderSplit.of(female, male, 0));
    }
    for (String required : List.of("STAFF", "LEADERSHIP")) {
      if (!groups.containsKey(required)) {
        throw new IllegalStateException(location + ": no row for " + required);
      }
    }
    return new Baseline(Map.copyOf(groups), planned);
  }
}
