package com.routebook.adapter.jsf.directory;

import com.routebook.application.port.in.directory.CustomerView;
import com.routebook.application.port.in.directory.CustomerView.ProviderOption;
import com.routebook.application.port.out.DirectorySearch.CustomerSummary;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import java.util.List;

/** Customer views for bean tests. */
final class Views {

  static final ServiceProvider PAGERO =
      new ServiceProvider(new ServiceProviderId("sp-1"), "Pagero");
  static final ServiceProvider OTHER =
      new ServiceProvider(new ServiceProviderId("sp-2"), "Other SP");

  private Views() {}

  /** An active customer of Acme with the numbers, at a version, with two providers. */
  static CustomerView acme(long version, String... numbers) {
    return new CustomerView(
        new CustomerId("c-1"),
        "Acme AB",
        new ParticipantId("p-1"),
        "0007:5560360793",
        "5560360793",
        null,
        List.of(numbers),
        PAGERO,
        CustomerState.ACTIVE,
        false,
        version,
        List.of(new Identifier(IdentifierScheme.ORGANIZATION_NUMBER, "5560360793")),
        List.of(new ProviderOption(PAGERO, true), new ProviderOption(OTHER, false)),
        false);
  }

  /** The search row of an active customer of Acme with the numbers, at a version. */
  static CustomerSummary acmeRow(long version, String... numbers) {
    return row("c-1", new ParticipantId("p-1"), version, numbers);
  }

  /** A search row of a customer of the participant. */
  static CustomerSummary row(
      String customerId, ParticipantId participantId, long version, String... numbers) {
    return new CustomerSummary(
        new CustomerId(customerId),
        "Acme AB",
        participantId,
        "0007:5560360793",
        "5560360793",
        null,
        List.of(numbers),
        PAGERO,
        CustomerState.ACTIVE,
        false,
        version);
  }
}
