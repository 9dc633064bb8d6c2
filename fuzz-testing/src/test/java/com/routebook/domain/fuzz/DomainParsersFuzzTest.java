package com.routebook.domain.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.routebook.domain.ValidationException;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.identifier.EAddress;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.search.SearchPattern;
import java.util.Optional;

/**
 * One fuzz test for every parser of the domain (Jazzer fuzzes one test per run; the first byte
 * chooses the parser): the identifiers of every scheme, E-addresses, search patterns, customer
 * numbers one at a time and as the comma-separated text. Each either answers a value or refuses
 * with the domain's {@link ValidationException}; any other exception is a finding. What a parser
 * accepted obeys its rules and reads back the same.
 */
class DomainParsersFuzzTest {

  private static final String[] COUNTRIES = {"SE", "NO", "FI", "DK", "BE", "DE", "GB", "XX", null};

  @FuzzTest(maxDuration = "5s")
  void parsers(FuzzedDataProvider data) {
    int parser = data.consumeInt(0, 4);
    switch (parser) {
      case 0 -> identifier(data);
      case 1 -> eAddress(data.consumeRemainingAsString());
      case 2 -> search(data.consumeBoolean(), data.consumeRemainingAsString());
      case 3 -> customerNumber(data.consumeRemainingAsString());
      default -> customerNumbers(data.consumeRemainingAsString());
    }
  }

  private static void identifier(FuzzedDataProvider data) {
    IdentifierScheme scheme = data.pickValue(IdentifierScheme.values());
    String country = COUNTRIES[data.consumeInt(0, COUNTRIES.length - 1)];
    String raw = data.consumeRemainingAsString();
    Identifier.normalize(scheme, raw);
    Identifier parsed;
    try {
      parsed = Identifier.of(scheme, raw, country);
    } catch (ValidationException refused) {
      return;
    }
    assertThat(parsed.scheme()).isEqualTo(scheme);
    assertThat(parsed.value()).isNotBlank();
    assertThat(Identifier.normalize(scheme, parsed.value())).isEqualTo(parsed.value());
  }

  private static void eAddress(String text) {
    EAddress parsed;
    try {
      parsed = EAddress.parse(text);
    } catch (ValidationException refused) {
      return;
    }
    parsed.scheme();
    parsed.warnings();
    assertThat(parsed.key()).isNotBlank();
    assertThat(EAddress.parse(parsed.toString()).key()).isEqualTo(parsed.key());
  }

  private static void search(boolean caseSensitive, String text) {
    try {
      SearchPattern pattern = SearchPattern.parse(text, caseSensitive);
      pattern.matches(text);
      pattern.toSqlLike('\\');
      pattern.forIdentifiers();
      if (pattern.exact()) {
        pattern.exactValue();
      }
    } catch (ValidationException refused) {
      // a blank or too short pattern
    }
    if (!text.isBlank() && text.strip().equals(text)) {
      SearchPattern literal = SearchPattern.parse(SearchPattern.escape(text), true);
      assertThat(literal.exact()).isTrue();
      assertThat(literal.matches(text)).isTrue();
    }
  }

  private static void customerNumber(String text) {
    Optional<CustomerNumber> parsed = CustomerNumber.tryParse(text);
    parsed.ifPresent(
        number -> assertThat(number.value().length()).isBetween(1, CustomerNumber.MAX_LENGTH));
  }

  private static void customerNumbers(String text) {
    CustomerNumbers parsed;
    try {
      parsed = CustomerNumbers.parse(text);
    } catch (ValidationException refused) {
      return;
    }
    assertThat(parsed.values()).hasSizeBetween(1, CustomerNumbers.MAX_COUNT);
    assertThat(parsed.values())
        .allSatisfy(n -> assertThat(n.value().length()).isBetween(1, CustomerNumber.MAX_LENGTH));
    assertThat(CustomerNumbers.parse(parsed.asText())).isEqualTo(parsed);
  }
}
