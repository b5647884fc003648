package ro.dosar.discipline;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.commission.StaffMember;
import ro.dosar.commission.StaffRepository;
import ro.dosar.gender.Gender;
import ro.dosar.ops.StartupRecords;

/**
 * Demo profile only: one open disciplinary case, registered today against the demo employee
 * {@code salariat} (contractual staff), waiting for the commission's secretary ({@code secretar})
 * to present it to the president ({@code disciplina1}).
 */
@Component
@Profile("demo")
@Order(45)
class DemoDisciplinaryCase implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDisciplinaryCase.class);

  private final RuntimeService runtime;
  private final IdentityService identity;
  private final StaffRepository staff;
  private final WorkingDayCalendar calendar;
  private final StartupRecords startup;

  DemoDisciplinaryCase(RuntimeService runtime, IdentityService identity, StaffRepository staff,
      WorkingDayCalendar calendar, StartupRecords startup) {
    this.startup = startup;
    this.runtime = runtime;
    this.identity = identity;
    this.staff = staff;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (runtime.createProcessInstanceQuery().processDefinitionKey(DisciplinaryCaseProcess.KEY).count()
        > 0 || !startup.claim("demo-discipline")) {
      return;
    }
    staff.save(new StaffMember("salariat", "Ionuț Răducanu", "Serviciul Financiar-Contabil",
        false, false, Gender.MALE));
    // The standing commission and its alternates, a mixed one (gender equality plan §6.4.3).
    Map<String, Gender> commission = new java.util.LinkedHashMap<>();
    commission.put("disciplina1", Gender.MALE);
    commission.put("disciplina2", Gender.FEMALE);
    commission.put("disciplina3", Gender.MALE);
    commission.put("supleant1", Gender.FEMALE);
    commission.put("supleant2", Gender.MALE);
    commission.put("supleant3", Gender.FEMALE);
    commission.forEach((member, gender) -> {
      if (staff.find(member).map(StaffMember::gender).isEmpty()) {
        staff.save(new StaffMember(member, member, "Serviciul Juridic", false, false, gender));
      }
    });
    LocalDate today = calendar.today();
    Map<String, Object> referral = new HashMap<>();
    referral.put("referrerName", "Radu Dumitrescu, șeful Serviciului Financiar-Contabil");
    referral.put("referrerRole", "HEAD_OF_UNIT");
    referral.put("referrerUser", "sef");
    referral.put("accusedUser", "salariat");
    referral.put("accusedName", "Ionuț Răducanu, Serviciul Financiar-Contabil");
    referral.put("employeeCategory", "CONTRACTUAL");
    referral.put("offenceDate", today.minusDays(7).toString());
    referral.put("offenceDescription", "Absențe nemotivate în trei zile consecutive.");
    referral.put("evidence", "Foaia colectivă de prezență; nota șefului de serviciu.");
    identity.setAuthentication("secretar", List.of("hr", "commission-secretary"));
    try {
      runtime.startProcessInstanceByKey(DisciplinaryCaseProcess.KEY, referral);
    } finally {
      identity.clearAuthentication();
    }
    log.info("Demo disciplinary case registered: the secretary presents it to the president");
  }
}
