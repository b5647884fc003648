package ro.dosar.discipline;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The disciplinary commission of the institution (spec internal-regulation §4.3, DISC-13: 3
 * members and 3 alternates appointed by the Director; a president among the members; a secretary
 * who is not a member), as configuration: {@code dosar.discipline.*}.
 *
 * @param president   the president's user id (one of the members)
 * @param members     the full members' user ids, president included
 * @param alternates  the alternates, in the order they replace a member in conflict
 * @param secretary   the secretary's user id
 */
@ConfigurationProperties("dosar.discipline")
public record DisciplineProperties(String president, List<String> members,
    List<String> alternates, String secretary) {

  public DisciplineProperties {
    members = members == null ? List.of() : List.copyOf(members);
    alternates = alternates == null ? List.of() : List.copyOf(alternates);
  }
}
