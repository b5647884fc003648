package ro.dosar.contest.registration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import ro.dosar.contest.FileDocument;

/** An electronic application with every required document, as the public form sends it. */
final class Applications {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Applications() {
  }

  /** The 201's body: {@code code} and {@code followUpToken}. */
  static JsonNode apply(TestRestTemplate http, long contestId, String name, String email)
      throws IOException {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    form.add("fullName", name);
    form.add("email", email);
    form.add("consentElectronicFile", "true");
    form.add("declarationNoSanction", "true");
    form.add("declarationTruthful", "true");
    for (FileDocument document : FileDocument.values()) {
      if (document.required()) {
        byte[] content = ElectronicSubmissionTest.pdf(0);
        form.add(document.formKey(), new ByteArrayResource(content) {
          @Override
          public String getFilename() {
            return document.name() + ".pdf";
          }
        });
      }
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    ResponseEntity<String> response = http.postForEntity("/api/public/contests/" + contestId
        + "/applications", new HttpEntity<>(form, headers), String.class);
    assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(201);
    return JSON.readTree(response.getBody());
  }
}
