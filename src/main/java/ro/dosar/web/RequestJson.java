package ro.dosar.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;

/**
 * Every JSON body that Spring MVC reads for a Dosar endpoint passes one check: no text is longer
 * than {@link RequestFields#MAX_TEXT} characters and none holds a control character. The refusal
 * names the field by its JSON path ({@code functions[0].form.eduDepth}) and becomes a 400 in
 * {@link ApiExceptionHandler}. Endpoints keep their own, shorter limits where a record's column
 * is shorter.
 *
 * <p>Only the HTTP message converter uses this mapper: the application's own {@link ObjectMapper}
 * (stored snapshots, forms) and the engine REST API (Jersey) are not affected.
 */
@Configuration
public class RequestJson {

  @Bean
  MappingJackson2HttpMessageConverter mappingJackson2HttpMessageConverter(ObjectMapper mapper) {
    return new MappingJackson2HttpMessageConverter(mapper.copy().registerModule(module()));
  }

  /** The module that checks every text of a request body. */
  public static SimpleModule module() {
    return new SimpleModule("dosar-request-text")
        .addDeserializer(String.class, new CheckedText());
  }

  /** A text of a request body refused by {@link RequestFields#text}; Jackson adds its path. */
  public static class RefusedText extends JsonMappingException {

    RefusedText(JsonParser parser, String message) {
      super(parser, message);
    }
  }

  static class CheckedText extends StdScalarDeserializer<String> {

    CheckedText() {
      super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      String value = StringDeserializer.instance.deserialize(parser, context);
      if (value != null && (value.length() > RequestFields.MAX_TEXT
          || RequestFields.hasControlCharacter(value))) {
        throw new RefusedText(parser, value.length() > RequestFields.MAX_TEXT
            ? "cel mult " + RequestFields.MAX_TEXT + " de caractere (are " + value.length() + ")"
            : "caractere de control (de exemplu NUL), care nu sunt acceptate");
      }
      return value;
    }
  }
}
