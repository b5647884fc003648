package ro.dosar.discipline;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.mail.Mailer;
import ro.dosar.security.RoleGroups;

/**
 * The e-mails of a disciplinary case, all through {@link Mailer#queue}: the notice of a hearing
 * to the accused (the summons itself is handed over or posted, Art. 32; the e-mail is a copy) and
 * the notice that the case is time-barred, to the Director, HR and the employee (spec §4.6 step
 * 8 (b)/(c)). Users without an e-mail address are skipped.
 */
@Component
public class DisciplineMails {

  private final Mailer mailer;
  private final IdentityService identity;

  public DisciplineMails(Mailer mailer, IdentityService identity) {
    this.mailer = mailer;
    this.identity = identity;
  }

  void hearingNotice(String businessKey, String accused, LocalDate hearing, String place) {
    send(businessKey, "DISCIPLINE_SUMMONS", Set.of(accused),
        "Citație: ședința comisiei de disciplină din " + hearing.format(DisplayDates.DAY),
        "Sunteți citat(ă) în fața comisiei de disciplină, în cauza " + businessKey
            + ", la data de " + hearing.format(DisplayDates.DAY) + ", " + place
            + ".\n\nPuteți fi asistat(ă) de un avocat sau de un reprezentant al sindicatului. "
            + "Citația vă este comunicată și în scris, sub semnătură sau prin scrisoare "
            + "recomandată (Art. 32); acest mesaj este o copie.");
  }

  void timeBarred(String businessKey, String accused, LocalDate hardDeadline) {
    Set<String> recipients = new LinkedHashSet<>();
    identity.createUserQuery().memberOfGroup(RoleGroups.RECTOR).list()
        .forEach(user -> recipients.add(user.getId()));
    identity.createUserQuery().memberOfGroup(RoleGroups.HR).list()
        .forEach(user -> recipients.add(user.getId()));
    recipients.add(accused);
    send(businessKey, "DISCIPLINE_TIME_BARRED", recipients,
        "Cauza disciplinară " + businessKey + " s-a prescris",
        "Termenul de prescripție al răspunderii disciplinare în cauza " + businessKey
            + " s-a împlinit la " + hardDeadline.format(DisplayDates.DAY)
            + " fără ca sancțiunea să fie aplicată. Cauza s-a încheiat; nicio sancțiune nu mai "
            + "poate fi aplicată pentru această faptă.");
  }

  private void send(String businessKey, String purpose, Set<String> users, String subject,
      String body) {
    for (String id : users) {
      User user = identity.createUserQuery().userId(id).singleResult();
      if (user != null) {
        mailer.queue(null, businessKey, purpose, user.getEmail(), subject, body);
      }
    }
  }
}
