package ro.dosar.contest;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.mail.Mailer;

/**
 * The e-mails of a contest, worded once: the unique code to an electronic submitter (§8.1.4(6)),
 * the convocation of the commission members to a test, the interview's date and hour to the
 * candidates admitted to it (§8.2.4(6)), postponement and resumption notices to every registered
 * candidate (§8.5.2(2) lit. b)), the offer of the post (§8.6(4)). Each goes through the outbox
 * ({@link Mailer}): queued with the step, sent once, retried while the SMTP server is down.
 */
@Component
public class ContestMails {

  private final Mailer mailer;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final IdentityService identity;
  private final RuntimeService runtime;

  public ContestMails(Mailer mailer, ContestRepository contests, CandidateRepository candidates,
      IdentityService identity, RuntimeService runtime) {
    this.mailer = mailer;
    this.contests = contests;
    this.candidates = candidates;
    this.identity = identity;
    this.runtime = runtime;
  }

  /**
   * FILE-02: the code under which an electronic file was registered and, when given, the personal
   * follow-up token (the only copy besides the page that showed it once).
   */
  public void codeToSubmitter(long code, String followUpToken) {
    Candidate candidate = candidates.find(code).orElseThrow();
    Contest contest = contests.get(candidate.contestId());
    mailer.queue(contest.id(), contest.businessKey(), "CODE", candidate.email(),
        "Dosarul dumneavoastră a fost înregistrat cu codul " + code,
        "Bună ziua,\n\nDosarul depus pentru concursul „" + contest.postName() + "” ("
            + contest.structure() + ") a fost înregistrat cu numărul " + code + ". Acesta este "
            + "codul unic sub care veți găsi rezultatele afișate la sediu și pe site; numele "
            + "dumneavoastră nu apare în rezultate.\n\n"
            + ("REGISTRY".equals(candidate.channel()) ? "" : "Vă rugăm să prezentați "
                + "originalele documentelor cel târziu la data primei probe (§8.1.4(6)).\n\n")
            + (followUpToken == null ? "" : "Situația dosarului dumneavoastră (rezultatele "
                + "fiecărei etape, termenele următoare) o vedeți pe pagina „Dosarul meu” "
                + "(/concursuri/dosarul-meu), cu codul personal de urmărire:\n\n"
                + followUpToken + "\n\nPăstrați-l și nu îl transmiteți altcuiva: cine îl "
                + "are vede dosarul dumneavoastră.\n\n")
            + signature(contest));
  }

  /** The members of the competition commission are convened to a test. */
  public void convocation(long contestId, TestType type, LocalDate day, List<String> members) {
    Contest contest = contests.get(contestId);
    String hour = announced(contest, type == TestType.INTERVIEW ? "interviewHour"
        : "firstTestHour");
    for (String member : members) {
      User user = identity.createUserQuery().userId(member).singleResult();
      if (user == null) {
        continue;
      }
      mailer.queue(contestId, contest.businessKey(), "CONVOCATION", user.getEmail(),
          "Convocare: " + type.label() + " — " + contest.postName() + ", "
              + day.format(DisplayDates.DAY),
          "Stimate membru al comisiei de concurs,\n\nSunteți convocat la " + type.label()
              + " din concursul " + contest.businessKey() + " („" + contest.postName()
              + "”), în data de " + day.format(DisplayDates.DAY)
              + (hour == null ? "" : ", ora " + hour) + place(contest) + ".\n\nDacă, din motive "
              + "obiective, nu puteți participa, depuneți cererea de înlocuire cu cel puțin o zi "
              + "înainte (§8.5.3(1)).\n\n" + signature(contest));
    }
  }

  /** §8.2.4(6): the interview's date and hour, to the candidates admitted to it. */
  public void interview(long contestId, LocalDate day, List<Long> codes) {
    Contest contest = contests.get(contestId);
    String hour = announced(contest, "interviewHour");
    for (long code : codes) {
      Candidate candidate = candidates.find(code).orElseThrow();
      mailer.queue(contestId, contest.businessKey(), "INTERVIEW", candidate.email(),
          "Interviul — " + contest.postName() + ", " + day.format(DisplayDates.DAY),
          "Bună ziua,\n\nCandidatul cu codul " + code + " este admis la interviul concursului „"
              + contest.postName() + "”, care are loc în data de " + day.format(DisplayDates.DAY)
              + (hour == null ? "" : ", ora " + hour) + place(contest) + ".\n\n"
              + signature(contest));
    }
  }

  /** §8.5.2(2) lit. b): every registered candidate still in the contest is told the new date. */
  public void postponement(long contestId, LocalDate newDate, String reason) {
    Contest contest = contests.get(contestId);
    toRegistered(contest, "POSTPONEMENT", "Amânarea concursului — " + contest.postName(),
        "Proba următoare a concursului „" + contest.postName() + "” se amână la data de "
            + newDate.format(DisplayDates.DAY) + ". Motivul: " + reason + ".");
  }

  /** After a suspension: the contest resumes at new dates. */
  public void resumption(long contestId, String newDates) {
    Contest contest = contests.get(contestId);
    toRegistered(contest, "RESUMPTION", "Reluarea concursului — " + contest.postName(),
        "Concursul „" + contest.postName() + "”, suspendat, se reia. Noile date: " + newDates
            + ".");
  }

  /** §8.6: the post is offered; present by the deadline or ask in writing for a later start. */
  public void offer(long code, LocalDate deadline, boolean nextInRanking) {
    Candidate candidate = candidates.find(code).orElseThrow();
    Contest contest = contests.get(candidate.contestId());
    mailer.queue(contest.id(), contest.businessKey(), "OFFER", candidate.email(),
        "Oferta postului — " + contest.postName(),
        "Bună ziua,\n\n" + (nextInRanking ? "Candidatul declarat admis nu s-a prezentat la "
            + "post, iar postul a fost declarat vacant. Ca următorul clasat (codul " + code
            + "), vă oferim postul" : "Ați fost declarat admis (codul " + code + ") la concursul")
            + " „" + contest.postName() + "”. Vă rugăm să vă prezentați la post până la data de "
            + deadline.format(DisplayDates.DAY) + ". Puteți cere în scris, în cel mult 3 zile "
            + "lucrătoare, un termen ulterior (§8.6(2)).\n\n" + signature(contest));
  }

  private void toRegistered(Contest contest, String purpose, String subject, String text) {
    for (Candidate candidate : candidates.ofContest(contest.id())) {
      if (candidate.withdrawnOn() != null || "RESPINS".equals(candidate.selectionStatus())) {
        continue;
      }
      mailer.queue(contest.id(), contest.businessKey(), purpose, candidate.email(), subject,
          "Bună ziua,\n\n" + text + "\n\nCandidatura rămâne valabilă numai dacă vă exprimați în "
              + "scris intenția de a participa la concurs la noile date (§8.5.2(3)-(4)): "
              + "depuneți declarația la secretarul comisiei.\n\n" + signature(contest));
    }
  }

  private String announced(Contest contest, String variable) {
    Object value = runtime.getVariable(contest.processInstanceId(), variable);
    return value == null ? null : value.toString();
  }

  private String place(Contest contest) {
    String place = announced(contest, "testPlace");
    return place == null ? "" : ", " + place;
  }

  private static String signature(Contest contest) {
    return "Secretariatul comisiei de concurs\n" + contest.businessKey();
  }
}
