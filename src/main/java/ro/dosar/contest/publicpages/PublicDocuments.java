package ro.dosar.contest.publicpages;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import ro.dosar.documents.ContestDocument;
import ro.dosar.documents.ContestDocuments;

/**
 * The documents of public interest of a public contest (CON-12): the announcement and the
 * minutes, which name candidates by their numeric code only. Decisions and anything with
 * personal data stay with the contest's readers.
 */
@Service
public class PublicDocuments {

  static final Set<String> PUBLIC_KINDS = Set.of("anunt", "pv-selectie", "pv-proba",
      "pv-rezultate-finale");

  private final PublicContestService contests;
  private final ContestDocuments documents;

  public PublicDocuments(PublicContestService contests, ContestDocuments documents) {
    this.contests = contests;
    this.documents = documents;
  }

  public Optional<List<ContestDocument>> of(long contestId) {
    return contests.contest(contestId).map(contest -> documents.of(contestId).stream()
        .filter(document -> PUBLIC_KINDS.contains(document.kind())).toList());
  }

  public Optional<byte[]> content(long contestId, long documentId) {
    return of(contestId).flatMap(list -> list.stream()
        .filter(document -> document.id() == documentId).findFirst())
        .map(document -> documents.content(document.id()));
  }
}
