package ro.dosar.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import ro.dosar.domain.InvalidInputException;

class CountryTest {

  @ParameterizedTest
  @CsvSource({"RO, RO", "ro, RO", "' Md ', MD", "md, MD"})
  void givenAKnownCodeInAnyCase_whenParsed_thenTheCountry(String code, Country expected) {
    assertThat(Country.parse(code)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XX", "ROU", "Romania", ""})
  void givenAnUnknownCode_whenParsed_thenRefusedOnTheCountryField(String code) {
    assertThatThrownBy(() -> Country.parse(code))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.getField()).isEqualTo("country"))
        .hasMessage("Țara „%s” nu este cunoscută; valori acceptate: RO, MD.", code);
  }
}
