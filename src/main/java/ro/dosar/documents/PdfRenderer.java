package ro.dosar.documents;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * One template per document ({@code templates/documents/<name>.html}, well-formed XHTML filled
 * by Thymeleaf from the records), rendered to PDF by openhtmltopdf. The font is Liberation Sans
 * (shipped inside PDFBox), embedded, so that ă, â, î, ș, ț print in every viewer.
 */
@Component
public class PdfRenderer {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private final ITemplateEngine templates;

  public PdfRenderer(ITemplateEngine templates) {
    this.templates = templates;
    // openhtmltopdf logs every rendering at INFO on its own console handler: warnings only.
    for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
      com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
    }
  }

  public byte[] render(String template, Map<String, Object> model) {
    String html = templates.process("documents/" + template, new Context(
        java.util.Locale.forLanguageTag("ro"), model));
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      builder.useFont(() -> PDDocument.class.getResourceAsStream(FONT), "Liberation Sans");
      builder.withHtmlContent(html, null);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
