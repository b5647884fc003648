package ro.dosar.contest.registration;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ro.dosar.calendar.DisplayDates;
import ro.dosar.calendar.WorkingDayCalendar;
import ro.dosar.contest.CandidateRepository;
import ro.dosar.contest.Contest;
import ro.dosar.contest.ContestMails;
import ro.dosar.contest.ContestRepository;
import ro.dosar.contest.ContestStatus;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.RegistrationNumbers;
import ro.dosar.contest.RegistryClosingHour;
import ro.dosar.contest.accommodation.AccommodationRequests;
import ro.dosar.contest.documents.ContestDocumentSteps;
import ro.dosar.domain.InvalidInputException;
import ro.dosar.gender.DeclaredGender;

/**
 * An application submitted through the platform (§8.1.4(5)-(8), spec §7.5 FILE-01–FILE-07,
 * FILE-10). Checked as a whole before anything is stored: the contest is open for files (from
 * its publication until the submission deadline, to the hour, by the server's clock in
 * Europe/Bucharest); the Annex 3 declarations and the consent to the electronic file are given;
 * every required document is there (the integrity certificate and the criminal record are not
 * when the candidate asks the institution to obtain them, §8.1.4(4), OQ-37); each document is a
 * real PDF — by its content, opened by PDFBox, not by its name — of at most 1,048,576 bytes
 * (OQ-17). A breach refuses the application with a Romanian message naming the document and the
 * rule, and stores nothing (FILE-05). Accepted: the candidate is registered with his numeric code
 * (the registration number, FILE-07), the PDFs are kept with their SHA-256, the code is e-mailed
 * (FILE-02), and the file is among those the commission selects.
 */
@Service
public class ElectronicSubmission {

  /** FILE-04 / OQ-17: 1 MB per PDF file. */
  public static final int MAX_PDF_BYTES = 1_048_576;

  /** The Annex 3 part of the application. */
  public record Application(String fullName, String email, String phone,
      boolean consentElectronicFile, boolean consentIntegrityRequest,
      boolean consentCriminalRecordRequest, boolean declarationNoSanction,
      boolean declarationTruthful, String gender, String accommodationRequest) {
  }

  /** One uploaded document: the name is only shown, never used as a path. */
  public record Upload(FileDocument document, String fileName, byte[] content) {
  }

  private final ContestRepository contests;
  private final CandidateRepository candidates;
  private final ContestMails mails;
  private final WorkingDayCalendar calendar;
  private final Clock clock;
  private final ContestDocumentSteps documents;
  private final RegistrationNumbers numbers;

  private final FollowUpTokens followUps;
  private final AccommodationRequests accommodations;
  private final RegistryClosingHour closingHour;

  public ElectronicSubmission(ContestRepository contests, CandidateRepository candidates,
      ContestMails mails, WorkingDayCalendar calendar, Clock clock,
      ContestDocumentSteps documents, RegistrationNumbers numbers, FollowUpTokens followUps,
      AccommodationRequests accommodations, RegistryClosingHour closingHour) {
    this.closingHour = closingHour;
    this.accommodations = accommodations;
    this.documents = documents;
    this.numbers = numbers;
    this.followUps = followUps;
    this.contests = contests;
    this.candidates = candidates;
    this.mails = mails;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The moment files stop being accepted: the submission deadline, at the closing hour. */
  public Instant deadline(Contest contest) {
    return closingHour.submissionCloses(contest).atZone(calendar.zone()).toInstant();
  }

  /** Whether the contest takes files now. */
  public boolean open(Contest contest) {
    Instant now = Instant.now(clock);
    return contest.status() == ContestStatus.PUBLISHED
        && contest.publicationDate() != null && contest.submissionDeadline() != null
        && !now.isAfter(deadline(contest));
  }

  /**
   * Registers the application, or refuses it whole.
   *
   * @return the candidate's numeric code and follow-up token
   * @throws InvalidInputException naming the field or document and the rule (400)
   * @throws SubmissionRefusedException for a contest that is unknown (404) or not taking files
   *     (409)
   */
  @Transactional
  public Registered apply(long contestId, Application application, List<Upload> uploads) {
    Contest contest = contests.find(contestId).orElseThrow(() -> new SubmissionRefusedException(
        HttpStatus.NOT_FOUND, "Concurs inexistent", "Concursul " + contestId + " nu există."));
    if (!open(contest)) {
      throw new SubmissionRefusedException(HttpStatus.CONFLICT, "Înscrieri închise",
          contest.submissionDeadline() == null || contest.publicationDate() == null
              ? "Concursul " + contest.businessKey() + " nu a fost încă publicat."
              : "Dosarele pentru concursul " + contest.businessKey() + " se puteau depune până "
                  + "la " + contest.submissionDeadline().format(DisplayDates.DAY) + ", ora "
                  + closingHour.of(contest.institutionCode()) + " (§8.2.1(1)); dosarul depus "
                  + "după termen se "
                  + "respinge (§8.1.4(8)).");
    }
    String name = required(application.fullName(), "fullName", "Numele și prenumele");
    String email = required(application.email(), "email", "Adresa de e-mail");
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || email.length() > 200) {
      throw new InvalidInputException("email", "Adresa de e-mail „" + email + "” nu este "
          + "validă; codul unic al dosarului se trimite la ea (§8.1.4(6)).");
    }
    if (name.length() > 200) {
      throw new InvalidInputException("fullName", "Numele are cel mult 200 de caractere.");
    }
    // Self-declared, for HR statistics only; never shown to the commission (spec §6.4.4).
    DeclaredGender gender = DeclaredGender.parse(application.gender())
        .orElseThrow(() -> new InvalidInputException("gender", DeclaredGender.INVALID_MESSAGE));
    // Optional (§8.1.4(9)): a request for reasonable accommodation, sent to HR as a task.
    Optional<String> accommodation = AccommodationRequests.checked(
        application.accommodationRequest(), "accommodationRequest");
    confirm(application.consentElectronicFile(), "consentElectronicFile", "acordul privind "
        + "prelucrarea datelor și transmiterea electronică a dosarului către comisii (Anexa 3)");
    confirm(application.declarationNoSanction(), "declarationNoSanction", "declarația privind "
        + "sancțiunile disciplinare (Anexa 3)");
    confirm(application.declarationTruthful(), "declarationTruthful", "declarația privind "
        + "falsul în declarații, art. 326 Cod penal (Anexa 3)");

    Map<FileDocument, Upload> byDocument = new EnumMap<>(FileDocument.class);
    for (Upload upload : uploads) {
      if (upload.content() == null || upload.content().length == 0) {
        continue;
      }
      if (byDocument.put(upload.document(), upload) != null) {
        throw new InvalidInputException(upload.document().formKey(), "Documentul „"
            + upload.document().label() + "” a fost atașat de două ori.");
      }
    }
    for (FileDocument document : requiredDocuments(application)) {
      if (!byDocument.containsKey(document)) {
        throw new InvalidInputException(document.formKey(), "Lipsește documentul obligatoriu „"
            + document.label() + "” (§8.1.4(1)); dosarul incomplet nu se poate depune.");
      }
    }
    for (Upload upload : byDocument.values()) {
      checkPdf(upload);
    }

    LocalDateTime submittedAt = LocalDateTime.ofInstant(Instant.now(clock), calendar.zone());
    long code = candidates.register(numbers.usedNow(contestId, 1), contestId, name, email,
        optional(application.phone()),
        "PLATFORM", submittedAt, "platformă", byDocument.keySet());
    candidates.setGender(code, gender);
    for (Upload upload : byDocument.values()) {
      candidates.storeFile(code, upload.document(), safeName(upload.fileName()),
          upload.content(), sha256(upload.content()));
    }
    List<String> consents = new ArrayList<>(List.of("ELECTRONIC_FILE", "NO_SANCTION",
        "TRUTHFUL"));
    if (application.consentIntegrityRequest()) {
      consents.add("INTEGRITY_REQUEST");
    }
    if (application.consentCriminalRecordRequest()) {
      consents.add("CRIMINAL_RECORD_REQUEST");
    }
    candidates.setConsents(code, String.join(",", consents));
    String token = followUps.issue(code);
    mails.codeToSubmitter(code, token);
    documents.request(contestId, "registrationForm", code);
    accommodation.ifPresent(text -> accommodations.file(code, text, "APPLICATION"));
    return new Registered(code, token);
  }

  /**
   * A registered electronic file: its code and the candidate's follow-up token, shown this once
   * (and e-mailed); only the token's hash is kept.
   */
  public record Registered(long code, String followUpToken) {
  }

  /** Every required document of §7.1, but those the institution obtains on request. */
  static Set<FileDocument> requiredDocuments(Application application) {
    Set<FileDocument> required = EnumSet.noneOf(FileDocument.class);
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        required.add(document);
      }
    }
    if (application.consentIntegrityRequest()) {
      required.remove(FileDocument.H);
    }
    if (application.consentCriminalRecordRequest()) {
      required.remove(FileDocument.F);
    }
    return required;
  }

  private static void checkPdf(Upload upload) {
    FileDocument document = upload.document();
    byte[] content = upload.content();
    if (content.length > MAX_PDF_BYTES) {
      throw new InvalidInputException(document.formKey(), "Documentul „" + document.label()
          + "” are " + content.length + " octeți; un document depus electronic are cel mult "
          + MAX_PDF_BYTES + " octeți (1 MB, §8.1.4(7)).");
    }
    boolean pdf = content.length > 5 && new String(content, 0, 5,
        java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
    if (pdf) {
      try (PDDocument opened = Loader.loadPDF(content)) {
        pdf = opened.getNumberOfPages() > 0;
      } catch (IOException e) {
        pdf = false;
      }
    }
    if (!pdf) {
      throw new InvalidInputException(document.formKey(), "Documentul „" + document.label()
          + "” nu este un fișier PDF lizibil (conținutul contează, nu numele „"
          + safeName(upload.fileName()) + "”); se acceptă doar PDF (§8.1.4(7)).");
    }
  }

  private static String required(String value, String field, String label) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Câmpul „" + label + "” este obligatoriu.");
    }
    return value.strip();
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void confirm(boolean given, String field, String what) {
    if (!given) {
      throw new InvalidInputException(field, "Bifați " + what + ".");
    }
  }

  /** The name as shown: no directory part, no control characters, at most 200 characters. */
  static String safeName(String fileName) {
    String name = fileName == null ? "document.pdf" : fileName.replace('\\', '/');
    name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty()) {
      name = "document.pdf";
    }
    return name.length() > 200 ? name.substring(0, 200) : name;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
