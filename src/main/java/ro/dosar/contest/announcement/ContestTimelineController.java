package ro.dosar.contest.announcement;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.TestType;
import ro.dosar.contest.VacancyType;
import ro.dosar.web.InvalidRequestException;
import ro.dosar.web.RequestFields;

/**
 * The contest calendar for clients: before an announcement is published, HR enters the calendar it
 * intends to publish and sees the legal calendar that follows from the publication date and every
 * rule the dates break, not only the first. The answer comes from {@link ContestCalendarCheck},
 * the same code the contest process and the public checker page run.
 *
 * <pre>
 * POST /api/contests/calendar
 * {"vacancyType":"VACANT","postCategory":"EXECUTION","publicationDate":"2025-09-01",
 *  "submission":{"from":"2025-09-01","to":"2025-09-15","closingTime":"16:00"},
 *  "selectionDate":"2025-09-17","selectionResultsDate":"2025-09-18",
 *  "tests":[{"type":"WRITTEN","date":"2025-09-23","time":"10:00"},
 *           {"type":"INTERVIEW","date":"2025-09-29","time":"10:00"}],
 *  "finalResultsDate":"2025-10-03"}
 * </pre>
 *
 * Only {@code vacancyType}, {@code publicationDate} and one test are required; {@code
 * firstTestDate} alone stays accepted as a single written test.
 *
 * <ul>
 *   <li>200: {@link CalendarAnswer}, dates as ISO strings ({@code yyyy-MM-dd}), with the
 *       {@code warnings} of what is lawful only under the looser counting;</li>
 *   <li>422 {@code application/problem+json}, type {@value #UNLAWFUL_TIMELINE}: {@code detail} is
 *       the first violation's message, {@code violations} lists every rule broken ({@code rule},
 *       {@code field}, {@code message}, {@code earliest}, {@code latest}), beside the fields of
 *       the 200 answer;</li>
 *   <li>400 {@code application/problem+json}: a field is unknown, missing or not valid; {@code
 *       field} names it. Nothing is silently ignored.</li>
 * </ul>
 */
@RestController
@RequestMapping("/api/contests")
public class ContestTimelineController {

  /** The problem type of a 422 answer. */
  static final String UNLAWFUL_TIMELINE = "urn:dosar:problem:unlawful-timeline";

  private static final Set<String> FIELDS = Set.of("vacancyType", "postCategory",
      "publicationDate", "firstTestDate", "submission", "selectionDate", "selectionResultsDate",
      "tests", "finalResultsDate", "institution");
  private static final Set<String> SUBMISSION_FIELDS = Set.of("from", "to", "closingTime");
  private static final Set<String> TEST_FIELDS = Set.of("type", "date", "time");
  private static final int MAX_TESTS = 3;

  private final ContestCalendarCheck check;

  private final RegistryClosingHour closingHour;

  public ContestTimelineController(ContestCalendarCheck check, RegistryClosingHour closingHour) {
    this.check = check;
    this.closingHour = closingHour;
  }

  /** The contest calendar for the dates in the body, or a 422 problem if they are unlawful. */
  @PostMapping("/calendar")
  public ResponseEntity<Object> calendar(@RequestBody JsonNode body) {
    CalendarRequest request = CalendarRequest.read(body);
    ContestCalendarCheck.Result result = registryHour(body, request,
        check.check(request.proposal()));
    if (request.closingTime() == null && body.hasNonNull("institution")) {
      request = new CalendarRequest(request.proposal(), request.postCategory(),
          closingHour.of(body.get("institution").asText()));
    }
    CalendarAnswer answer = CalendarAnswer.of(request, result, check);
    if (result.lawful()) {
      return ResponseEntity.ok(answer);
    }
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_ENTITY)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(unlawful(result.violations(), answer));
  }

  /**
   * With {@code "institution"} (its code), the last submission day closes at that institution's
   * Registry closing hour ({@code dosar.institutions[…].registry-closing-time}): the answer gives
   * it, and an announced {@code submission.closingTime} after it is a violation (SUB-03).
   */
  private ContestCalendarCheck.Result registryHour(JsonNode body, CalendarRequest request,
      ContestCalendarCheck.Result result) {
    if (!body.hasNonNull("institution")) {
      return result;
    }
    String code = body.get("institution").asText();
    if (!body.get("institution").isTextual() || !closingHour.knows(code)) {
      throw new InvalidRequestException("institution", "Instituția „" + code + "” nu este "
          + "cunoscută; dați codul ei (de exemplu UVT).");
    }
    LocalTime closes = closingHour.of(code);
    if (request.closingTime() == null || !request.closingTime().isAfter(closes)) {
      return result;
    }
    List<ContestCalendarCheck.CalendarViolation> violations =
        new ArrayList<>(result.violations());
    violations.add(new ContestCalendarCheck.CalendarViolation("SUB-03",
        "submission.closingTime", "Ora-limită de depunere (" + request.closingTime()
            + ") este după ora la care se închide registratura instituției (" + closes
            + "); în ultima zi a termenului dosarele se primesc până la ora " + closes
            + " (art. 8.2.1 alin. (1)).", null, closes.toString()));
    return new ContestCalendarCheck.Result(result.timeline(), result.tests(),
        result.latestInterviewDate(), result.earliestFinalResultsDate(),
        result.latestFinalResultsDate(), violations, result.warnings());
  }

  /** The 422 answer: the violations and, beside them, the dates the law gives. */
  static ProblemDetail unlawful(List<ContestCalendarCheck.CalendarViolation> violations,
      CalendarAnswer answer) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
        violations.get(0).message());
    problem.setType(URI.create(UNLAWFUL_TIMELINE));
    problem.setTitle("Calendarul încalcă termenele legale");
    problem.setProperty("violations", violations);
    new ObjectMapper().convertValue(answer, new TypeReference<Map<String, Object>>() { })
        .forEach(problem::setProperty);
    return problem;
  }

  /**
   * A calendar as received: the proposal to check and what the client sent besides.
   *
   * @param postCategory EXECUTION or LEADERSHIP when given (shown back; no calendar rule
   *     differs by it before the presenting at the post)
   */
  public record CalendarRequest(ContestCalendarCheck.Proposal proposal, String postCategory,
      LocalTime closingTime) {

    /** Reads the body; every bad or unknown field is a 400 naming it. */
    public static CalendarRequest read(JsonNode body) {
      if (body == null || !body.isObject()) {
        throw new InvalidRequestException("body",
            "Corpul cererii trebuie să fie un obiect JSON cu datele concursului.");
      }
      unknown(body, FIELDS, "");
      VacancyType vacancyType = vacancyType(text(body, "vacancyType"));
      String postCategory = readPostCategory(text(body, "postCategory"));
      LocalDate publication = RequestFields.isoDate("publicationDate",
          text(body, "publicationDate"));
      List<ContestCalendarCheck.PlannedTest> tests = new ArrayList<>();
      List<String> testFields = new ArrayList<>();
      JsonNode testsNode = body.get("tests");
      boolean hasTests = testsNode != null && !testsNode.isNull();
      if (hasTests && body.hasNonNull("firstTestDate")) {
        throw new InvalidRequestException("firstTestDate", "Trimiteți fie „firstTestDate” (o "
            + "singură probă scrisă), fie lista „tests”, nu amândouă.");
      }
      if (hasTests) {
        readTests(testsNode, tests, testFields);
      } else {
        if (!body.hasNonNull("firstTestDate")) {
          throw new InvalidRequestException("tests", "Calendarul trebuie să cuprindă cel puțin o "
              + "probă: completați „tests” (sau „firstTestDate”, pentru o singură probă scrisă).");
        }
        tests.add(new ContestCalendarCheck.PlannedTest(TestType.WRITTEN,
            RequestFields.isoDate("firstTestDate", text(body, "firstTestDate")), null));
        testFields.add("firstTestDate");
      }
      ContestCalendarCheck.Submission submission = null;
      LocalTime closingTime = null;
      JsonNode submissionNode = body.get("submission");
      if (submissionNode != null && !submissionNode.isNull()) {
        if (!submissionNode.isObject()) {
          throw new InvalidRequestException("submission", "Câmpul „submission” trebuie să fie un "
              + "obiect cu „from”, „to” și „closingTime”.");
        }
        unknown(submissionNode, SUBMISSION_FIELDS, "submission.");
        closingTime = time("submission.closingTime", text(submissionNode, "closingTime"));
        submission = new ContestCalendarCheck.Submission(
            optionalDate("submission.from", text(submissionNode, "from")),
            optionalDate("submission.to", text(submissionNode, "to")), closingTime);
      }
      ContestCalendarCheck.Proposal proposal = new ContestCalendarCheck.Proposal(vacancyType,
          publication, submission, optionalDate("selectionDate", text(body, "selectionDate")),
          optionalDate("selectionResultsDate", text(body, "selectionResultsDate")), tests,
          testFields, optionalDate("finalResultsDate", text(body, "finalResultsDate")));
      return new CalendarRequest(proposal, postCategory, closingTime);
    }

    private static void readTests(JsonNode node, List<ContestCalendarCheck.PlannedTest> tests,
        List<String> fields) {
      if (!node.isArray() || node.isEmpty()) {
        throw new InvalidRequestException("tests", "Câmpul „tests” trebuie să fie o listă cu cel "
            + "puțin o probă: {\"type\":\"WRITTEN\",\"date\":\"AAAA-LL-ZZ\",\"time\":\"HH:mm\"}.");
      }
      if (node.size() > MAX_TESTS) {
        throw new InvalidRequestException("tests", "Un concurs are cel mult trei probe: proba "
            + "scrisă, proba practică și interviul.");
      }
      for (int i = 0; i < node.size(); i++) {
        String field = "tests[" + i + "]";
        JsonNode test = node.get(i);
        if (!test.isObject()) {
          throw new InvalidRequestException(field, "Fiecare probă este un obiect cu „type”, "
              + "„date” și, opțional, „time”.");
        }
        unknown(test, TEST_FIELDS, field + ".");
        TestType type = testType(field + ".type", text(test, "type"));
        if (tests.stream().anyMatch(t -> t.type() == type)) {
          throw new InvalidRequestException(field + ".type", ("Proba „%s” apare de două ori; "
              + "fiecare tip de probă se susține o singură dată.").formatted(type.name()));
        }
        tests.add(new ContestCalendarCheck.PlannedTest(type,
            RequestFields.isoDate(field + ".date", text(test, "date")),
            time(field + ".time", text(test, "time"))));
        fields.add(field + ".date");
      }
    }

    private static void unknown(JsonNode node, Set<String> known, String prefix) {
      Iterator<String> names = node.fieldNames();
      List<String> unknown = new ArrayList<>();
      while (names.hasNext()) {
        String name = names.next();
        if (!known.contains(name)) {
          unknown.add(prefix + name);
        }
      }
      if (!unknown.isEmpty()) {
        throw new InvalidRequestException(unknown.get(0), ("Câmpul „%s” nu este cunoscut și nu "
            + "ar fi verificat; câmpurile acceptate sunt: %s.").formatted(
            String.join("”, „", unknown), known.stream().sorted().map(f -> prefix + f)
                .reduce((a, b) -> a + ", " + b).orElse("")));
      }
    }

    private static String text(JsonNode node, String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isTextual()) {
        throw new InvalidRequestException(field, "Câmpul „%s” trebuie să fie un text."
            .formatted(field));
      }
      return value.asText();
    }
  }

  /**
   * The answer: the inputs, the legal calendar (ISO dates) and what is lawful only under the
   * looser counting. Each deadline closes at {@code submissionClosingTime} of its day.
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record CalendarAnswer(
      String vacancyType,
      String postCategory,
      String publicationDate,
      String firstTestDate,
      String leadTimeCounting,
      String submissionFrom,
      String submissionDeadline,
      String submissionClosingTime,
      String selectionDeadline,
      String selectionResultsDisplay,
      String selectionContestationDeadline,
      String selectionContestationResolution,
      String earliestFirstTestDate,
      List<ContestCalendarCheck.TestDeadlines> tests,
      String latestInterviewDate,
      String earliestFinalResultsDate,
      String latestFinalResultsDate,
      List<ContestCalendarCheck.CalendarViolation> warnings) {

    static CalendarAnswer of(CalendarRequest request, ContestCalendarCheck.Result result,
        ContestCalendarCheck check) {
      ContestTimeline timeline = result.timeline();
      return new CalendarAnswer(
          timeline.vacancyType().name(),
          request.postCategory(),
          timeline.publicationDate().toString(),
          timeline.firstTestDate().toString(),
          check.counting().name(),
          timeline.publicationDate().toString(),
          timeline.submissionDeadline().toString(),
          (request.closingTime() != null ? request.closingTime() : check.closingTime())
              .toString(),
          timeline.selectionDeadline().toString(),
          timeline.selectionResultsDisplay().toString(),
          timeline.selectionContestationDeadline().toString(),
          timeline.selectionContestationResolution().toString(),
          timeline.earliestFirstTestDate().toString(),
          result.tests(),
          result.latestInterviewDate(),
          result.earliestFinalResultsDate(),
          result.latestFinalResultsDate(),
          result.warnings());
    }
  }

  // ---- Reading fields ---------------------------------------------------------------------------

  /** VACANT or TEMPORARILY_VACANT, in any letter case. */
  private static VacancyType vacancyType(String value) {
    String text = RequestFields.required("vacancyType", value);
    try {
      return VacancyType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException("vacancyType", ("Tipul postului „%s” nu este cunoscut; "
          + "folosiți VACANT (post vacant) sau TEMPORARILY_VACANT (post temporar vacant).")
          .formatted(text));
    }
  }

  private static String readPostCategory(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip().toUpperCase(Locale.ROOT);
    if (!text.equals("EXECUTION") && !text.equals("LEADERSHIP")) {
      throw new InvalidRequestException("postCategory", ("Categoria postului „%s” nu este "
          + "cunoscută; folosiți EXECUTION (de execuție) sau LEADERSHIP (de conducere).")
          .formatted(value.strip()));
    }
    return text;
  }

  private static TestType testType(String field, String value) {
    String text = RequestFields.required(field, value);
    try {
      return TestType.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidRequestException(field, ("Tipul probei „%s” nu este cunoscut; folosiți "
          + "WRITTEN (proba scrisă), PRACTICAL (proba practică) sau INTERVIEW (interviul).")
          .formatted(text));
    }
  }

  private static LocalDate optionalDate(String field, String value) {
    return value == null || value.isBlank() ? null : RequestFields.isoDate(field, value);
  }

  private static LocalTime time(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = value.strip();
    if (!text.matches("([01][0-9]|2[0-3]):[0-5][0-9]")) {
      throw new InvalidRequestException(field, ("Ora „%s” nu este validă; folosiți formatul "
          + "HH:mm, de exemplu 10:00.").formatted(text));
    }
    return LocalTime.parse(text);
  }
}
