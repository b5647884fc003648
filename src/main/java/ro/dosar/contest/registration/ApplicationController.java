package ro.dosar.contest.registration;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import ro.dosar.contest.Contest;
import ro.dosar.contest.FileDocument;
import ro.dosar.contest.registration.ElectronicSubmission.Application;
import ro.dosar.contest.registration.ElectronicSubmission.Upload;

/**
 * {@code POST /api/public/contests/{id}/applications} (multipart, no login): an electronic
 * application — {@code fullName}, {@code email}, {@code phone}, the Annex 3 boxes
 * ({@code consentElectronicFile}, {@code consentIntegrityRequest},
 * {@code consentCriminalRecordRequest}, {@code declarationNoSanction},
 * {@code declarationTruthful}: "true"/"on"), the self-declared {@code gender} ({@code FEMALE},
 * {@code MALE}, {@code UNKNOWN} or absent = not declared; kept for HR statistics only), the
 * optional {@code accommodationRequest} (reasonable accommodation of the tests for a disability,
 * §8.1.4(9): it becomes an HR task, confidential) and one
 * PDF per document, parts {@code docA} …
 * {@code docK}. 201 with the numeric code and the candidate's {@code followUpToken} (shown
 * this once, e-mailed; only its hash is kept); 400 naming the document or field and the rule; 404 an
 * unknown contest; 409 outside the submission window; 429 too many attempts from the address.
 */
@RestController
class ApplicationController {

  private final ElectronicSubmission submission;
  private final SubmissionRateLimiter limiter;

  ApplicationController(ElectronicSubmission submission, SubmissionRateLimiter limiter) {
    this.submission = submission;
    this.limiter = limiter;
  }

  @PostMapping("/api/public/contests/{id}/applications")
  ResponseEntity<?> apply(@PathVariable long id, HttpServletRequest request,
      @RequestParam Map<String, String> fields) throws IOException {
    if (!limiter.allow(request.getRemoteAddr())) {
      return problem(HttpStatus.TOO_MANY_REQUESTS, "Prea multe încercări",
          "Prea multe înscrieri trimise de la această adresă în ultima oră; reîncercați mai "
              + "târziu.");
    }
    try {
      ElectronicSubmission.Registered registered =
          submission.apply(id, application(fields), uploads(request));
      long code = registered.code();
      return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("code", code,
          "contest", Contest.businessKey(id),
          "followUpToken", registered.followUpToken(),
          "message", "Dosarul a fost înregistrat cu codul " + code + "; codul și codul personal "
              + "de urmărire („followUpToken”, afișat numai acum) v-au fost trimise și pe "
              + "e-mail."));
    } catch (SubmissionRefusedException e) {
      return problem(e.status(), e.title(), e.getMessage());
    }
  }

  static Application application(Map<String, String> fields) {
    return new Application(fields.get("fullName"), fields.get("email"), fields.get("phone"),
        yes(fields, "consentElectronicFile"), yes(fields, "consentIntegrityRequest"),
        yes(fields, "consentCriminalRecordRequest"), yes(fields, "declarationNoSanction"),
        yes(fields, "declarationTruthful"), fields.get("gender"),
        fields.get("accommodationRequest"));
  }

  static List<Upload> uploads(HttpServletRequest request) throws IOException {
    List<Upload> uploads = new ArrayList<>();
    if (request instanceof MultipartHttpServletRequest multipart) {
      for (FileDocument document : FileDocument.values()) {
        MultipartFile file = multipart.getFile(document.formKey());
        if (file != null && !file.isEmpty()) {
          uploads.add(new Upload(document, file.getOriginalFilename(), file.getBytes()));
        }
      }
    }
    return uploads;
  }

  private static boolean yes(Map<String, String> fields, String key) {
    String value = fields.get(key);
    return "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
  }

  private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title,
      String detail) {
    return ro.dosar.web.Problems.response(status, title, detail);
  }
}
