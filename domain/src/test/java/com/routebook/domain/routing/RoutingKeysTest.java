package com.routebook.domain.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingKeysTest {

  @Test
  void a_document_is_keyed_by_its_customer_number_and_its_normalized_identifiers() {
    DocumentReference document =
        new DocumentReference(
            new DocumentId("D"),
            "A-1",
            "iso6523-actorid-upis::0007:abc 123",
            "003712345671",
            "se45 5000 0000 0583 9825 7466",
            "7350000000009",
            "556036-0793",
            "se556036079301");

    RoutingKeys keys = RoutingKeys.of(document);

    assertThat(keys.customerNumbers()).containsExactly(new CustomerNumber("A-1"));
    assertThat(keys.identifiers())
        .containsExactlyInAnyOrder(
            new Identifier(IdentifierScheme.E_ADDRESS, "0007:ABC123"),
            new Identifier(IdentifierScheme.OVT, "003712345671"),
            new Identifier(IdentifierScheme.IBAN, "SE4550000000058398257466"),
            new Identifier(IdentifierScheme.GLN, "7350000000009"),
            new Identifier(IdentifierScheme.ORGANIZATION_NUMBER, "5560360793"),
            new Identifier(IdentifierScheme.VAT, "SE556036079301"));
  }

  @Test
  void references_that_cannot_be_looked_up_give_no_key() {
    DocumentReference document =
        DocumentReference.of("D")
            .with(MatchedBy.CUSTOMER_NUMBER, "not a number!")
            .with(MatchedBy.VAT, "-.-");

    RoutingKeys keys = RoutingKeys.of(document);

    assertThat(keys.customerNumbers()).isEmpty();
    assertThat(keys.identifiers()).isEmpty();
    assertThat(RoutingKeys.of(DocumentReference.of("E")))
        .isEqualTo(new RoutingKeys(Set.of(), Set.of()));
  }

  @Test
  void keys_are_shared_through_a_number_or_an_identifier() {
    Identifier vat = new Identifier(IdentifierScheme.VAT, "SE556036079301");
    RoutingKeys keys = new RoutingKeys(Set.of(new CustomerNumber("A-1")), Set.of(vat));

    assertThat(keys.sharesAnyWith(Set.of(new CustomerNumber("A-1")), Set.of())).isTrue();
    assertThat(keys.sharesAnyWith(Set.of(), Set.of(vat))).isTrue();
    assertThat(keys.sharesAnyWith(Set.of(new CustomerNumber("a-1")), Set.of())).isFalse();
    assertThat(
            keys.sharesAnyWith(
                Set.of(new CustomerNumber("B-2")),
                Set.of(new Identifier(IdentifierScheme.GLN, "7350000000009"))))
        .isFalse();
  }
}
