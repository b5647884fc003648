package ro.dosar.paygrade;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ro.dosar.paygrade.EvaluationFormValidation.FormError;

/**
 * The points matrix of the detailed function evaluation (Reg. pt. 28–29; spec §3.7, INT-09): the
 * points of every depth × scope cell of the seven criteria (for effort: physical × mental
 * effort), 135 cells in all. The Regulation does not give the points; they are configuration,
 * read from a CSV file ({@value #DEFAULT_LOCATION} by default, setting {@value #SETTING}), and
 * the repository holds a placeholder with every cell listed and no points.
 *
 * <p>The cells the file must hold come from the decision {@value
 * PaygradeRules#CRITERION_DOMAIN}, the same ranges the form is validated against. The file is read
 * once, when the application is ready (or at the first use, whichever comes first), and a warning
 * is logged if it cannot be used: the application starts anyway, only {@link #total} refuses.
 */
@Component
public class DetailedPointsMatrix {

  /** The setting that names the matrix file. */
  public static final String SETTING = "dosar.paygrade.detailed-matrix";
  /** The file of the repository ({@code config/paygrade/}), packaged on the classpath. */
  public static final String DEFAULT_LOCATION =
      "classpath:config/paygrade/detailed-points-matrix.csv";

  static final String HEADER = "criterion,depth,scope,points";
  static final List<String> SCOPES = List.of("S", "M", "R");
  private static final String CLASSPATH = "classpath:";
  private static final String FILE = "file:";
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
  /** How many cells a message names before it says "…". */
  private static final int NAMED_CELLS = 5;
  /** How many problems a message lists before it only counts the rest. */
  private static final int LISTED_PROBLEMS = 10;
  private static final String TITLE = "Matricea de puncte a evaluării detaliate nu este completată";
  private static final String METHODOLOGY = "Punctajele le stabilește metodologia Ministerului "
      + "Finanțelor (Reg. pt. 28–29); până atunci se poate folosi doar evaluarea simplificată.";
  private static final Logger log = LoggerFactory.getLogger(DetailedPointsMatrix.class);

  private final String location;
  private final EvaluationFormValidation validation;
  private volatile Loaded loaded;

  /**
   * @param location {@code classpath:…}, or a file path (optionally {@code file:…}), relative to
   *     the working directory or absolute
   * @param validation answers {@value PaygradeRules#CRITERION_DOMAIN} (the cells) and checks the
   *     forms to be scored
   */
  public DetailedPointsMatrix(@Value("${" + SETTING + ":" + DEFAULT_LOCATION + "}") String location,
      EvaluationFormValidation validation) {
    this.location = Objects.requireNonNull(location, "location").strip();
    this.validation = Objects.requireNonNull(validation, "validation");
  }

  /** One cell: a criterion's depth (effort: physical) level and scope (effort: mental) level. */
  record Cell(Criterion criterion, int level, String scope) {

    /** As it is written in the file: {@code EDU,3,M}. */
    @Override
    public String toString() {
      return criterion.name() + "," + level + "," + scope;
    }

    String quoted() {
      return "„" + this + "”";
    }
  }

  /** The matrix as read: the points of every cell, or why it cannot be used. */
  private record Loaded(Map<Cell, BigDecimal> points, String problem) {
  }

  /** Whether every cell has points, so that {@link #total} computes. */
  public boolean complete() {
    return loaded().problem() == null;
  }

  /** Why the matrix cannot be used (the message {@link #total} throws); empty when complete. */
  public Optional<String> problem() {
    return Optional.ofNullable(loaded().problem());
  }

  /** The file the matrix is read from, as it is named in the messages. */
  public String fileName() {
    return location.startsWith(CLASSPATH) ? location.substring(CLASSPATH.length())
        : location.startsWith(FILE) ? location.substring(FILE.length()) : location;
  }

  /**
   * The total points of a function (INT-09): the sum over the seven criteria of the points of
   * the form's cell, {@code matrix[criterion][depth][scope]}, for effort {@code
   * matrix[EFF][physical][mental]}.
   *
   * @throws DetailedMatrixMissingException if the matrix is not complete (the placeholder)
   * @throws InvalidEvaluationFormException if a level of the grid is missing or out of range, or
   *     an "x" cell is filled ({@value PaygradeRules#VALIDATE_EVALUATION_FORM}); the signatures
   *     and the job description are not needed to score
   */
  public BigDecimal total(EvaluationForm form) {
    return pointsByCriterion(form).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The points of each criterion of a form, in the order of the form; {@link #total} is their
   * sum.
   *
   * @throws DetailedMatrixMissingException if the matrix is not complete
   * @throws InvalidEvaluationFormException if the grid is incomplete or wrong
   */
  public Map<Criterion, BigDecimal> pointsByCriterion(EvaluationForm form) {
    Objects.requireNonNull(form, "form");
    Loaded matrix = loaded();
    if (matrix.problem() != null) {
      throw new DetailedMatrixMissingException(matrix.problem());
    }
    checkGrid(form);
    Map<String, Object> cells = form.toVariables();
    Map<Criterion, BigDecimal> points = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      boolean effort = criterion == Criterion.EFF;
      Object level = cells.get(effort ? criterion.physicalVariable() : criterion.depthVariable());
      Object scope = cells.get(effort ? criterion.mentalVariable() : criterion.scopeVariable());
      Cell cell = new Cell(criterion, ((Number) level).intValue(), (String) scope);
      BigDecimal cellPoints = matrix.points().get(cell);
      if (cellPoints == null) {
        // The form passed the same ranges the matrix was checked against: not reachable unless
        // the decision changed since the matrix was read.
        throw new IllegalStateException("No points for the cell " + cell + " in " + fileName()
            + "; the decision " + PaygradeRules.CRITERION_DOMAIN + " changed since it was read:"
            + " restart the application");
      }
      points.put(criterion, cellPoints);
    }
    return Collections.unmodifiableMap(points);
  }

  /** Reads the matrix when the application is ready, and warns if it cannot be used. */
  @EventListener(ApplicationReadyEvent.class)
  void readAtStart() {
    try {
      Loaded matrix = loaded();
      if (matrix.problem() == null) {
        log.info("Detailed-evaluation points matrix read from {}: {} cells", location,
            matrix.points().size());
      } else {
        log.warn("Detailed-evaluation points matrix not usable; detailed scoring is refused "
            + "until it is complete ({}): {}", location, matrix.problem());
      }
    } catch (RuntimeException e) {
      log.error("Detailed-evaluation points matrix could not be checked against the decision {};"
          + " it is read again at the first use", PaygradeRules.CRITERION_DOMAIN, e);
    }
  }

  private void checkGrid(EvaluationForm form) {
    Set<String> gridFields = Stream.of(Criterion.values())
        .flatMap(criterion -> Stream.of(criterion.depthVariable(), criterion.scopeVariable(),
            criterion.physicalVariable(), criterion.mentalVariable()))
        .collect(Collectors.toSet());
    List<FormError> errors = validation.validate(form).stream()
        .filter(error -> gridFields.contains(error.field()))
        .toList();
    if (!errors.isEmpty()) {
      throw new InvalidEvaluationFormException("Fișa de evaluare a funcției nu poate fi punctată: "
          + errors.stream().map(FormError::message).collect(Collectors.joining(" ")), errors);
    }
  }

  private Loaded loaded() {
    Loaded matrix = loaded;
    if (matrix == null) {
      synchronized (this) {
        if (loaded == null) {
          loaded = read();
        }
        matrix = loaded;
      }
    }
    return matrix;
  }

  private Loaded read() {
    Set<Cell> expected = expectedCells();
    List<String> lines;
    try {
      lines = lines();
    } catch (NoSuchFileException e) {
      return failed("fișierul nu există");
    } catch (IOException e) {
      return failed("fișierul nu poate fi citit: " + e.getMessage());
    }
    if (lines == null) {
      return failed("fișierul nu există");
    }

    List<String> problems = new ArrayList<>();
    Map<Cell, Integer> lineOf = new LinkedHashMap<>();
    Map<Cell, BigDecimal> points = new LinkedHashMap<>();
    List<Cell> blank = new ArrayList<>();
    for (int index = 0; index < lines.size(); index++) {
      int lineNumber = index + 1;
      String line = lines.get(index).strip();
      if (index == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")
          || line.replace(" ", "").equalsIgnoreCase(HEADER)) {
        continue;
      }
      String[] fields = line.split(",", -1);
      if (fields.length != 3 && fields.length != 4) {
        problems.add(("linia %d nu are forma „%s” (patru coloane despărțite prin virgulă, "
            + "numere cu punct zecimal): „%s”").formatted(lineNumber, HEADER, line));
        continue;
      }
      Optional<Cell> parsed = cell(fields, lineNumber, expected, problems);
      if (parsed.isEmpty()) {
        continue;
      }
      Cell cell = parsed.get();
      Integer firstLine = lineOf.putIfAbsent(cell, lineNumber);
      if (firstLine != null) {
        problems.add("celula %s apare de două ori (liniile %d și %d)"
            .formatted(cell.quoted(), firstLine, lineNumber));
        continue;
      }
      String value = fields.length == 4 ? fields[3].strip() : "";
      if (value.isEmpty()) {
        blank.add(cell);
      } else if (!NUMBER.matcher(value).matches()) {
        problems.add(("linia %d: celula %s are valoarea „%s”, care nu este un număr (scrieți "
            + "cu punct zecimal, de exemplu 12.5)").formatted(lineNumber, cell.quoted(), value));
      } else if (value.startsWith("-")) {
        problems.add("linia %d: celula %s are valoarea negativă „%s”"
            .formatted(lineNumber, cell.quoted(), value));
      } else {
        points.put(cell, new BigDecimal(value));
      }
    }

    List<Cell> missing = expected.stream().filter(cell -> !lineOf.containsKey(cell)).toList();
    if (missing.size() == 1) {
      problems.add("lipsește celula " + missing.get(0).quoted());
    } else if (!missing.isEmpty()) {
      problems.add("lipsesc " + count(missing.size(), "celule") + ": " + names(missing));
    }
    if (blank.size() == 1) {
      problems.add("celula " + blank.get(0).quoted() + " nu are valoare");
    } else if (!blank.isEmpty()) {
      problems.add(count(blank.size(), "celule") + " fără valoare"
          + (blank.size() == expected.size() ? "" : ": " + names(blank)));
    }
    if (!problems.isEmpty()) {
      return failed(problems);
    }
    return new Loaded(Map.copyOf(points), null);
  }

  /** The cell of a line, or empty (and a problem) if the line names none of the matrix. */
  private static Optional<Cell> cell(String[] fields, int lineNumber, Set<Cell> expected,
      List<String> problems) {
    String code = fields[0].strip().toUpperCase(Locale.ROOT);
    Optional<Criterion> criterion = Stream.of(Criterion.values())
        .filter(candidate -> candidate.name().equals(code)).findFirst();
    if (criterion.isEmpty()) {
      problems.add("linia %d: criteriul „%s” nu există (%s)".formatted(lineNumber,
          fields[0].strip(), Stream.of(Criterion.values()).map(Criterion::name)
              .collect(Collectors.joining(", "))));
      return Optional.empty();
    }
    String levelText = fields[1].strip();
    String scope = fields[2].strip().toUpperCase(Locale.ROOT);
    Cell cell = levelText.matches("\\d{1,3}")
        ? new Cell(criterion.get(), Integer.parseInt(levelText), scope) : null;
    if (cell == null || !expected.contains(cell)) {
      long levels = expected.stream().filter(c -> c.criterion() == criterion.get()).count()
          / SCOPES.size();
      problems.add(("linia %d: celula „%s,%s,%s” nu există (%s: nivelurile 1–%d și S, M, R)")
          .formatted(lineNumber, criterion.get().name(), levelText, fields[2].strip(),
              criterion.get().romanian(), levels));
      return Optional.empty();
    }
    return Optional.of(cell);
  }

  /** Every cell the matrix must hold, by {@value PaygradeRules#CRITERION_DOMAIN}. */
  private Set<Cell> expectedCells() {
    Set<Cell> cells = new LinkedHashSet<>();
    for (Criterion criterion : Criterion.values()) {
      int levels = validation.domain(criterion).depthMax();
      for (int level = 1; level <= levels; level++) {
        for (String scope : SCOPES) {
          cells.add(new Cell(criterion, level, scope));
        }
      }
    }
    return cells;
  }

  /** The file's lines, or null if a classpath resource does not exist. */
  private List<String> lines() throws IOException {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader() != null
          ? Thread.currentThread().getContextClassLoader()
          : DetailedPointsMatrix.class.getClassLoader();
      try (InputStream in = loader.getResourceAsStream(resource)) {
        if (in == null) {
          return null;
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      }
    }
    return Files.readAllLines(Path.of(fileName()), StandardCharsets.UTF_8);
  }

  private Loaded failed(String problem) {
    return failed(List.of(problem));
  }

  private Loaded failed(List<String> problems) {
    String listed = problems.stream().limit(LISTED_PROBLEMS).collect(Collectors.joining("; "));
    if (problems.size() > LISTED_PROBLEMS) {
      int more = problems.size() - LISTED_PROBLEMS;
      listed += "; și încă " + (more == 1 ? "o problemă" : count(more, "probleme"));
    }
    return new Loaded(Map.of(), "%s (%s: %s). %s".formatted(TITLE, fileName(), listed,
        METHODOLOGY));
  }

  private static String names(List<Cell> cells) {
    String named = cells.stream().limit(NAMED_CELLS).map(Cell::quoted)
        .collect(Collectors.joining(", "));
    return cells.size() > NAMED_CELLS ? named + ", …" : named;
  }

  /**
   * A plural count in Romanian: "3 celule", "135 de celule"; "de" from 20 on, except when the
   * last two digits are 1–19 ("101 celule").
   */
  static String count(int count, String plural) {
    int lastTwo = count % 100;
    boolean de = count >= 20 && (lastTwo == 0 || lastTwo >= 20);
    return count + (de ? " de " : " ") + plural;
  }
}
