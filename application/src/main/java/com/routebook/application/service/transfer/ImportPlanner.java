package com.routebook.application.service.transfer;

import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.ImportReads;
import com.routebook.application.port.out.TransferFiles.Row;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.Identifier;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.TransferColumn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, chunk after chunk of one file, what each row does to a tenant's directory. Each row is
 * checked on its own by the domain's rules (identifiers, customer numbers, state), then against the
 * directory and the registry with one look-up per chunk and kind (participants by identifier,
 * customers by participant, customers by number), and against the rows before it in the file (a
 * participant or a number twice). A planner remembers the file's participants and numbers, so one
 * planner reads one file, in order.
 */
final class ImportPlanner {

  private final TenantId tenant;
  private final Map<TransferColumn, Integer> positions;
  private final ImportReads reads;
  private final ChangeStamp stamp;
  private final FirstLines participantLines = new FirstLines();
  private final FirstLines numberLines = new FirstLines();

  ImportPlanner(
      TenantId tenant,
      Map<TransferColumn, Integer> positions,
      ImportReads reads,
      ChangeStamp stamp) {
    this.tenant = tenant;
    this.positions = positions;
    this.reads = reads;
    this.stamp = stamp;
  }

  /** What one row comes to, and the customer and changes to save for it (none when failed). */
  record Planned(ImportRowResult result, Customer customer, List<CustomerChange> changes) {}

  /** Plans a chunk of rows, in order. */
  List<Planned> plan(List<Row> rows) {
    return decide(prepare(rows));
  }

  /**
   * A chunk's rows read on their own and looked up in the registry and the directory: what does not
   * depend on the rows before it in the file, so it may be prepared while the chunk before is
   * decided and written (on another thread: it touches nothing of the planner's but its reads).
   */
  static final class Prepared {
    private final List<Draft> drafts;
    private final Map<ParticipantId, Customer> customers;
    private final Map<CustomerNumber, CustomerId> holders;

    private Prepared(
        List<Draft> drafts,
        Map<ParticipantId, Customer> customers,
        Map<CustomerNumber, CustomerId> holders) {
      this.drafts = drafts;
      this.customers = customers;
      this.holders = holders;
    }
  }

  /** Reads a chunk's rows and makes its look-ups: one per kind, never one per row. */
  Prepared prepare(List<Row> rows) {
    List<Draft> drafts = rows.stream().map(this::draft).toList();
    Map<Identifier, List<Participant>> byIdentifier = participants(drafts);
    Set<ParticipantId> participantIds = new HashSet<>();
    Set<CustomerNumber> numbers = new HashSet<>();
    for (Draft draft : drafts) {
      draft.resolve(byIdentifier);
      if (draft.participant != null) {
        participantIds.add(draft.participant.id());
      }
      if (draft.numbers != null) {
        numbers.addAll(draft.numbers.values());
      }
    }
    Map<ParticipantId, Customer> customers = new HashMap<>();
    if (!participantIds.isEmpty()) {
      reads
          .customersByParticipants(tenant, participantIds)
          .forEach(c -> customers.put(c.participantId(), c));
    }
    Map<CustomerNumber, CustomerId> holders =
        numbers.isEmpty() ? Map.of() : reads.holdersOfNumbers(tenant, numbers);
    return new Prepared(drafts, customers, holders);
  }

  /**
   * Decides a prepared chunk's rows, in order, against the rows of the file before them. Chunks are
   * decided one at a time, in the file's order.
   */
  List<Planned> decide(Prepared prepared) {
    List<Planned> planned = new ArrayList<>(prepared.drafts.size());
    for (Draft draft : prepared.drafts) {
      planned.add(decide(draft, prepared.customers, prepared.holders));
    }
    return planned;
  }

  private Planned decide(
      Draft draft,
      Map<ParticipantId, Customer> customers,
      Map<CustomerNumber, CustomerId> holders) {
    List<Violation> errors = draft.errors;
    Customer existing = draft.participant == null ? null : customers.get(draft.participant.id());
    if (draft.participant != null) {
      long first = participantLines.putIfAbsent(draft.participant.id().value(), draft.line);
      if (first != 0) {
        errors.add(Violation.of(draft.referenceInput, Rule.IMPORT_PARTICIPANT_TWICE, first));
      }
    }
    if (draft.numbers != null) {
      List<CustomerNumber> values = draft.numbers.values();
      for (int i = 0; i < values.size(); i++) {
        CustomerNumber number = values.get(i);
        long first = numberLines.putIfAbsent(number.value(), draft.line);
        if (first != 0) {
          errors.add(
              Violation.ofItem(
                  Input.CUSTOMER_NUMBERS, i, Rule.IMPORT_NUMBER_TWICE, number.value(), first));
        }
        CustomerId holder = holders.get(number);
        if (holder != null && (existing == null || !holder.equals(existing.id()))) {
          errors.add(
              Violation.ofItem(Input.CUSTOMER_NUMBERS, i, Rule.IMPORT_NUMBER_HELD, number.value()));
        }
      }
    }
    ServiceProviderId provider = null;
    if (draft.participant != null && !draft.providerText.isEmpty()) {
      provider = provider(draft, existing);
    }
    if (!errors.isEmpty() || draft.participant == null || draft.numbers == null) {
      return failed(draft, existing);
    }
    try {
      if (existing == null) {
        Customer added = Customer.create(tenant, draft.participant, draft.numbers, provider, stamp);
        if (draft.state == CustomerState.INACTIVE) {
          added.deactivate(stamp);
        }
        return new Planned(
            new ImportRowResult(draft.line, ImportOutcome.ADDED, added.id(), List.of()),
            added,
            added.pullChanges());
      }
      if (!draft.numbers.equals(existing.numbers())) {
        existing.replaceNumbers(draft.numbers, stamp);
      }
      if (provider != null && !provider.equals(existing.serviceProviderId())) {
        existing.chooseProvider(draft.participant, provider, stamp);
      }
      if (draft.state == CustomerState.ACTIVE) {
        existing.activate(stamp);
      } else if (draft.state == CustomerState.INACTIVE) {
        existing.deactivate(stamp);
      }
      List<CustomerChange> changes = existing.pullChanges();
      ImportOutcome outcome = changes.isEmpty() ? ImportOutcome.UNCHANGED : ImportOutcome.UPDATED;
      return new Planned(
          new ImportRowResult(draft.line, outcome, existing.id(), List.of()),
          changes.isEmpty() ? null : existing,
          changes);
    } catch (ValidationException broken) {
      errors.addAll(broken.violations());
      return failed(draft, existing);
    }
  }

  private static Planned failed(Draft draft, Customer existing) {
    return new Planned(
        new ImportRowResult(
            draft.line,
            ImportOutcome.FAILED,
            existing == null ? null : existing.id(),
            draft.errors),
        null,
        List.of());
  }

  /**
   * The provider a row names (id or name, case insensitive) among the participant's; the customer's
   * current choice stands even when the participant no longer offers it.
   */
  private ServiceProviderId provider(Draft draft, Customer existing) {
    String text = draft.providerText;
    if (existing != null && existing.serviceProviderId().value().equals(text)) {
      return existing.serviceProviderId();
    }
    Optional<ServiceProvider> found =
        draft.participant.serviceProviders().stream()
            .filter(p -> p.id().value().equals(text))
            .findFirst()
            .or(
                () ->
                    draft.participant.serviceProviders().stream()
                        .filter(p -> p.name().equalsIgnoreCase(text))
                        .findFirst());
    if (found.isEmpty()) {
      draft.errors.add(
          Violation.of(
              Input.SERVICE_PROVIDER,
              Rule.IMPORT_PROVIDER_NOT_OFFERED,
              text,
              draft.participant.name()));
      return null;
    }
    return found.get().id();
  }

  private Map<Identifier, List<Participant>> participants(List<Draft> drafts) {
    Set<Identifier> wanted = new HashSet<>();
    drafts.forEach(d -> d.reference().ifPresent(wanted::add));
    Map<Identifier, List<Participant>> byIdentifier = new LinkedHashMap<>();
    if (wanted.isEmpty()) {
      return byIdentifier;
    }
    for (Participant participant : reads.participantsByIdentifiers(wanted)) {
      for (Identifier identifier : participant.allIdentifiers()) {
        if (wanted.contains(identifier)) {
          List<Participant> holders =
              byIdentifier.computeIfAbsent(identifier, k -> new ArrayList<>());
          if (!holders.contains(participant)) {
            holders.add(participant);
          }
        }
      }
    }
    return byIdentifier;
  }

  private Draft draft(Row row) {
    Draft draft = new Draft(row.line());
    String eAddress = row.cell(positions.get(TransferColumn.E_ADDRESS));
    String organization = row.cell(positions.get(TransferColumn.ORGANIZATION_NUMBER));
    String vat = row.cell(positions.get(TransferColumn.VAT_NUMBER));
    if (!eAddress.isEmpty()) {
      draft.referenceOf(IdentifierScheme.E_ADDRESS, eAddress);
    } else if (!organization.isEmpty()) {
      draft.referenceOf(IdentifierScheme.ORGANIZATION_NUMBER, organization);
    } else if (!vat.isEmpty()) {
      draft.referenceOf(IdentifierScheme.VAT, vat);
    } else {
      draft.errors.add(Violation.of(Input.E_ADDRESS, Rule.IMPORT_PARTICIPANT_REFERENCE));
    }
    try {
      draft.numbers =
          CustomerNumbers.parse(row.cell(positions.get(TransferColumn.CUSTOMER_NUMBERS)));
    } catch (ValidationException bad) {
      draft.errors.addAll(bad.violations());
    }
    draft.providerText = row.cell(positions.get(TransferColumn.SERVICE_PROVIDER));
    String state = row.cell(positions.get(TransferColumn.STATE));
    if (!state.isEmpty()) {
      try {
        draft.state = CustomerState.valueOf(state.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException unknown) {
        draft.errors.add(Violation.of(Input.STATE, Rule.IMPORT_STATE_UNKNOWN, state));
      }
    }
    return draft;
  }

  /** One row on its way to a decision. */
  private static final class Draft {
    final long line;
    final List<Violation> errors = new ArrayList<>();
    IdentifierScheme scheme;
    Input referenceInput = Input.E_ADDRESS;
    String referenceText;
    Identifier reference;
    Participant participant;
    CustomerNumbers numbers;
    String providerText = "";
    CustomerState state;

    Draft(long line) {
      this.line = line;
    }

    /**
     * Reads the participant's reference: an E-address or a VAT number by its scheme's rule; an
     * organization number, whose rule is its country's, is looked up in normalized form and checked
     * once the participant (and so the country) is known.
     */
    void referenceOf(IdentifierScheme scheme, String text) {
      this.scheme = scheme;
      this.referenceInput = scheme.input();
      this.referenceText = text;
      try {
        reference =
            scheme == IdentifierScheme.ORGANIZATION_NUMBER
                ? new Identifier(scheme, Identifier.normalize(scheme, text))
                : Identifier.of(scheme, text, null);
      } catch (ValidationException bad) {
        errors.addAll(bad.violations());
      }
    }

    Optional<Identifier> reference() {
      return Optional.ofNullable(reference);
    }

    void resolve(Map<Identifier, List<Participant>> byIdentifier) {
      if (reference == null) {
        return;
      }
      List<Participant> found = byIdentifier.getOrDefault(reference, List.of());
      if (found.isEmpty()) {
        errors.add(Violation.of(referenceInput, Rule.IMPORT_PARTICIPANT_UNKNOWN, referenceText));
      } else if (found.size() > 1) {
        errors.add(
            Violation.of(
                referenceInput, Rule.IMPORT_PARTICIPANT_AMBIGUOUS, referenceText, found.size()));
      } else if (scheme == IdentifierScheme.ORGANIZATION_NUMBER) {
        try {
          Identifier.of(scheme, referenceText, found.get(0).country());
          participant = found.get(0);
        } catch (ValidationException bad) {
          errors.addAll(bad.violations());
        }
      } else {
        participant = found.get(0);
      }
    }
  }
}
