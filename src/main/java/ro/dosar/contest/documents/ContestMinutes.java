package ro.dosar.contest.documents;

import static ro.dosar.contest.documents.ContestDocumentModels.day;
import static ro.dosar.contest.documents.ContestDocumentModels.paperStatus;
import static ro.dosar.contest.documents.ContestDocumentModels.row;
import static ro.dosar.contest.documents.ContestDocumentModels.score;
import static ro.dosar.contest.documents.ContestDocumentModels.scoreOrMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.commission.MemberOpinionRepository;
import ro.dosar.commission.PostCategory;
import ro.dosar.contest.Candidate;
import ro.dosar.contest.CandidateRepository.FinalResult;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestVariables;
import ro.dosar.contest.Contestation;
import ro.dosar.contest.ContestationRepository;
import ro.dosar.contest.TestRepository.ContestTest;
import ro.dosar.contest.TestRepository.Paper;
import ro.dosar.contest.TestRepository;
import ro.dosar.contest.TestType;
import ro.dosar.contest.contestation.ContestationSteps;
import ro.dosar.contest.scoring.ScoringRules;
import ro.dosar.documents.ContestDocuments;

/**
 * The contest's minutes, each filled from its own records when the secretary is about to sign it
 * (spec §17): the selection minutes, each test's minutes and score sheets, the contestation
 * minutes, the final-results minutes with the nominal summary sheet in descending order.
 * Candidates appear by their numeric code only; commission members by name.
 */
@Component
public class ContestMinutes {

  private final ContestDocuments documents;
  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final TestRepository tests;
  private final ContestationRepository contestations;
  private final ScoringRules scoring;
  private final MemberOpinionRepository opinions;
  private final ContestDocumentModels models;

  public ContestMinutes(ContestDocuments documents, ContestRepository contests,
      CandidateRepository candidates, TestRepository tests, ContestationRepository contestations,
      ScoringRules scoring, MemberOpinionRepository opinions, ContestDocumentModels models) {
    this.documents = documents;
    this.contests = contests;
    this.candidates = candidates;
    this.tests = tests;
    this.contestations = contestations;
    this.scoring = scoring;
    this.opinions = opinions;
    this.models = models;
  }

  public void selectionMinutes(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    List<Map<String, Object>> rows = new ArrayList<>();
    int admitted = 0;
    for (Candidate candidate : candidates.ofContest(contestId)) {
      boolean admis = "ADMIS".equals(candidate.selectionStatus());
      admitted += admis ? 1 : 0;
      rows.add(row("code", candidate.code(), "status", admis ? "ADMIS" : "RESPINS", "reason",
          admis || candidate.selectionReason() == null ? "—" : candidate.selectionReason(),
          "opinions", memberOpinions(ContestVariables.SELECTION, candidate.code())));
    }
    model.put("rows", rows);
    model.put("admitted", admitted);
    model.put("rejected", rows.size() - admitted);
    documents.generate(contestId, "pv-selectie", "Procesul-verbal al selecției dosarelor",
        model);
  }

  /** A test's minutes: the plan, every paper by code with its score and result. */
  public void testMinutes(long testId) {
    ContestTest test = tests.test(testId);
    Contest contest = contests.get(test.contestId());
    TestType type = TestType.valueOf(test.testType());
    Map<String, Object> model = models.base(contest);
    model.put("testLabel", type.label());
    model.put("testDay", day(test.testDate()));
    model.put("passMark", scoring.minScore(contest.postCategory())
        .stripTrailingZeros().toPlainString());
    model.put("criteria", tests.criteria(testId).stream()
        .filter(c -> c.maxPoints().signum() > 0).toList());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Paper paper : tests.papers(testId).stream()
        .sorted(Comparator.comparingLong(Paper::candidateCode)).toList()) {
      rows.add(row("code", paper.candidateCode(), "score", score(paper), "status",
          paperStatus(paper)));
    }
    model.put("rows", rows);
    documents.generate(contest.id(), "pv-proba", "Procesul-verbal: " + type.label() + " ("
        + day(test.testDate()) + ")", model);
  }

  /**
   * The final-results minutes and the nominal summary sheet: by final score, highest first;
   * then those who did not pass every test; every test's score or its "anulat"/"absent" mark.
   */
  public void finalResults(long contestId) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    List<ContestTest> held = tests.displayedTests(contestId);
    model.put("testLabels", held.stream().map(t -> TestType.valueOf(t.testType()).label())
        .toList());
    List<FinalResult> results = new ArrayList<>(candidates.finalResults(contestId));
    results.sort(Comparator.comparing((FinalResult r) -> r.finalRank() == null)
        .thenComparing(r -> r.finalRank() == null ? Integer.MAX_VALUE : r.finalRank())
        .thenComparingLong(FinalResult::code));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (FinalResult result : results) {
      List<String> scores = new ArrayList<>();
      for (ContestTest test : held) {
        scores.add(tests.paperOf(test.id(), result.code()).map(ContestDocumentModels::scoreOrMark).orElse("—"));
      }
      rows.add(row("rank", result.finalRank() == null ? "—" : result.finalRank(),
          "code", result.code(), "scores", scores,
          "finalScore", result.finalDisplayScore() == null ? "—"
              : result.finalDisplayScore().setScale(2, java.math.RoundingMode.HALF_UP)
                  .toPlainString(),
          "status", result.finalStatus() == null ? "RESPINS" : result.finalStatus()));
    }
    model.put("rows", rows);
    documents.generate(contestId, "pv-rezultate-finale",
        "Procesul-verbal al rezultatelor finale", model);
    nominalSheet(contestId, held, results);
  }

  /**
   * The nominal summary sheet (centralizatorul nominal, §8.3(15), spec §17.5(3)): an internal
   * document signed on every page by every member of the competition commission, naming the
   * candidates, with their result at selection and their score in each test, the final scores in
   * descending order and the commission's declaration. Never public: the displays and the
   * public minutes name candidates by code only.
   */
  private void nominalSheet(long contestId, List<ContestTest> held, List<FinalResult> results) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    List<Candidate> all = candidates.ofContest(contestId);
    Map<Long, String> names = new HashMap<>();
    all.forEach(candidate -> names.put(candidate.code(), candidate.fullName()));
    model.put("selection", all.stream().map(candidate -> row("name", candidate.fullName(),
        "code", candidate.code(), "status", "ADMIS".equals(candidate.selectionStatus())
            ? "ADMIS" : "RESPINS")).toList());
    List<Map<String, Object>> testSections = new ArrayList<>();
    for (ContestTest test : held) {
      List<Map<String, Object>> lines = new ArrayList<>();
      for (Paper paper : tests.papers(test.id()).stream()
          .sorted(Comparator.comparingLong(Paper::candidateCode)).toList()) {
        lines.add(row("name", names.get(paper.candidateCode()), "code", paper.candidateCode(),
            "score", scoreOrMark(paper), "status", paperStatus(paper)));
      }
      String label = TestType.valueOf(test.testType()).label();
      testSections.add(row("label", label.substring(0, 1).toUpperCase(java.util.Locale.ROOT)
              + label.substring(1),
          "day", day(test.testDate()), "lines", lines));
    }
    model.put("tests", testSections);
    model.put("testLabels", held.stream().map(t -> TestType.valueOf(t.testType()).label())
        .toList());
    List<Map<String, Object>> ranking = new ArrayList<>();
    List<String> winners = new ArrayList<>();
    for (FinalResult result : results) {
      List<String> scores = new ArrayList<>();
      for (ContestTest test : held) {
        scores.add(tests.paperOf(test.id(), result.code()).map(ContestDocumentModels::scoreOrMark).orElse("—"));
      }
      String finalScore = result.finalDisplayScore() == null ? "—"
          : result.finalDisplayScore().setScale(2, java.math.RoundingMode.HALF_UP)
              .toPlainString();
      String status = result.finalStatus() == null ? "RESPINS" : result.finalStatus();
      ranking.add(row("rank", result.finalRank() == null ? "—" : result.finalRank(),
          "name", names.get(result.code()), "code", result.code(), "scores", scores,
          "finalScore", finalScore, "status", status));
      if ("ADMIS".equals(status)) {
        winners.add(names.get(result.code()) + ", cu punctajul final de " + finalScore
            + " puncte");
      }
    }
    model.put("ranking", ranking);
    model.put("winners", winners);
    documents.generate(contestId, NOMINAL_SHEET, "Centralizatorul nominal (document intern)",
        model);
  }

  /** The kind of the nominal summary sheet: internal, it names the candidates. */
  public static final String NOMINAL_SHEET = "centralizator-nominal";

  /**
   * Each member's own opinion on a subject, as his individual sheet records it, and his reasoned
   * separate opinion if he was in the minority (§8.2.1(5), §8.5C(3)).
   */
  private List<Map<String, Object>> memberOpinions(String subject, long subjectId) {
    return opinions.all(subject, subjectId).stream().map(opinion -> row(
        "member", models.name(opinion.memberId()),
        "opinion", opinion.admits() ? "admis" : "respins",
        "reason", opinion.reason() == null ? "" : opinion.reason(),
        "separate", opinion.separateOpinion() == null ? "" : opinion.separateOpinion()))
        .toList();
  }

  /** The contestation commission's minutes of a round: every contestation and its outcome. */
  public void contestationMinutes(long contestId, String stage) {
    Contest contest = contests.get(contestId);
    Map<String, Object> model = models.base(contest);
    model.put("stageLabel", "SELECTION".equals(stage) ? "selecția dosarelor"
        : TestType.valueOf(stage).label());
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Contestation contestation : contestations.ofStage(contestId, stage)) {
      boolean test = !"SELECTION".equals(stage);
      boolean forfeited = contestation.forfeited();
      rows.add(row("number", contestation.registrationNumber(),
          "code", contestation.candidateCode(),
          "filedAt", contestation.filedAt().format(DisplayDates.DAY_TIME),
          "original", test ? exact(contestations.originalScore(contestation.id())) : "—",
          "rescored", test && !forfeited ? exact(contestations.newScore(contestation.id())) : "—",
          "outcome", forfeited ? "DECĂZUT DIN DREPT (depusă după termen)"
              : "ADMITTED".equals(contestation.outcome()) ? "ADMISĂ" : "RESPINSĂ",
          "opinions", test || forfeited ? List.of()
              : memberOpinions(ContestationSteps.SUBJECT, contestation.id())));
    }
    model.put("forfeited", rows.stream().filter(r -> r.get("outcome").toString()
        .startsWith("DECĂZUT")).count());
    model.put("rows", rows);
    documents.generate(contestId, "pv-contestatii", "Procesul-verbal al comisiei de soluționare "
        + "a contestațiilor: " + model.get("stageLabel"), model);
  }

  /**
   * The individual score sheets of a test (Annex 5a): one per member, every paper by code (and its
   * sealed-paper number for a sealed written test) with the points per criterion and the total of
   * every round of correction, numbered: a re-corrected paper keeps each round (§17.5(4)).
   */
  public void scoreSheets(long testId) {
    ContestTest test = tests.test(testId);
    Contest contest = contests.get(test.contestId());
    Map<String, Object> model = models.base(contest);
    model.put("testLabel", TestType.valueOf(test.testType()).label());
    model.put("testDay", day(test.testDate()));
    model.put("sealed", test.sealed());
    List<TestRepository.TestCriterion> criteria = tests.criteria(testId).stream()
        .filter(c -> c.maxPoints().signum() > 0).toList();
    model.put("criteria", criteria);
    Map<Long, Paper> paperById = new HashMap<>();
    tests.papers(testId).forEach(paper -> paperById.put(paper.id(), paper));
    // member -> "paper id/round" -> criterion -> points, in the order of the sheets
    Map<String, Map<String, Map<Integer, java.math.BigDecimal>>> byMember =
        new LinkedHashMap<>();
    for (TestRepository.SheetLine line : tests.sheets(testId)) {
      byMember.computeIfAbsent(line.memberId(), m -> new LinkedHashMap<>())
          .computeIfAbsent(line.paperId() + "/" + line.round(), key -> new HashMap<>())
          .put(line.criterion(), line.points());
    }
    List<Map<String, Object>> sheets = new ArrayList<>();
    byMember.forEach((member, rounds) -> {
      List<Map<String, Object>> lines = new ArrayList<>();
      rounds.forEach((key, points) -> {
        Paper paper = paperById.get(Long.parseLong(key.substring(0, key.indexOf('/'))));
        int round = Integer.parseInt(key.substring(key.indexOf('/') + 1));
        List<String> values = new ArrayList<>();
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        for (TestRepository.TestCriterion criterion : criteria) {
          java.math.BigDecimal value = points.get(criterion.position());
          values.add(value == null ? "—" : value.setScale(2).toPlainString());
          total = value == null ? total : total.add(value);
        }
        lines.add(row("code", paper.candidateCode(), "paperNumber",
            paper.paperNumber() == null ? "—" : paper.paperNumber(),
            "round", round == 1 ? "1" : round + " (recorectare)",
            "points", values, "total", total.setScale(2).toPlainString()));
      });
      sheets.add(row("member", models.name(member), "lines", lines));
    });
    model.put("sheets", sheets);
    documents.generate(contest.id(), "fise-individuale", "Fișele individuale de evaluare: "
        + TestType.valueOf(test.testType()).label() + " (" + day(test.testDate()) + ")", model);
  }

  private static String exact(String fraction) {
    return fraction == null ? "—" : ro.dosar.contest.scoring.ExactScore.parse(fraction)
        .display();
  }

  /** Annex 1: the proposal to put the post up for contest, as the Rector approved it. */
}
