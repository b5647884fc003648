package ro.dosar.contest.selection;

import org.springframework.stereotype.Component;
import ro.dosar.contest.RecruitmentRecords;
import ro.dosar.security.CurrentUser;

/**
 * The anonymous first stage of a contest (gender equality plan, spec §6.4.5): when the
 * methodology chose it, the members of the contest's commissions see its candidates by code
 * only. What Dosar holds beside the code is hidden from them: the registration form (Annex 3,
 * with the name and e-mail address) and the names of the uploaded files. The documents of the
 * file themselves (identity card, diplomas) carry the name and cannot be hidden (OQ-27).
 */
@Component
public class AnonymousStage {

  /** The kind of the generated registration form, which names the candidate. */
  public static final String REGISTRATION_FORM = "cerere-inscriere";

  private final RecruitmentRecords records;

  public AnonymousStage(RecruitmentRecords records) {
    this.records = records;
  }

  /**
   * Whether the user of this request sees the contest's candidates by code only: the contest's
   * first stage is anonymous and he sits on one of its commissions (whatever other role he has).
   */
  public boolean hidesCandidatesFromCurrentUser(long contestId) {
    return records.anonymousFirstStage(contestId) && CurrentUser.id()
        .map(user -> records.sitsOnCommission(contestId, user)).orElse(false);
  }
}
