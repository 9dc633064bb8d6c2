package com.routebook.adapter.persistence.transfer;

import static com.routebook.adapter.persistence.testing.Fixtures.NOW;
import static com.routebook.adapter.persistence.testing.Fixtures.customer;
import static com.routebook.adapter.persistence.testing.Fixtures.participant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.adapter.persistence.search.JdbcDirectoryExport;
import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.testing.DatabaseKind;
import com.routebook.adapter.persistence.testing.OnEachDatabase;
import com.routebook.adapter.persistence.testing.PersistenceTestBase;
import com.routebook.application.fake.ImmediateBackgroundWork;
import com.routebook.application.fake.InMemoryClock;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemoryTransferFiles;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase.StartImportCommand;
import com.routebook.application.port.out.DirectoryExport.ExportRow;
import com.routebook.application.port.out.DirectoryExport.Selection;
import com.routebook.application.port.out.DirectoryImports.Counts;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.ImportWrites;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.application.service.transfer.DirectoryExportService;
import com.routebook.application.service.transfer.DirectoryImportService;
import com.routebook.domain.Breach;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.Input;
import com.routebook.domain.Rule;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.ChangeStamp;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerNumbers;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.identifier.IdentifierScheme;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ServiceProvider;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.transfer.ImportId;
import com.routebook.domain.transfer.ImportMode;
import com.routebook.domain.transfer.ImportOutcome;
import com.routebook.domain.transfer.ImportStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@OnEachDatabase
class ImportAndExportStorageTest extends PersistenceTestBase {

  private ServiceProvider pagero;
  private JdbcImportWrites writes;
  private JdbcDirectoryImports imports;
  private JdbcDirectoryExport export;

  @BeforeEach
  void adapters() {
    pagero = registry.addServiceProvider(ServiceProvider.named("Pagero"));
    writes = new JdbcImportWrites(database.dataSource());
    imports = new JdbcDirectoryImports(database.dataSource());
    export = new JdbcDirectoryExport(database.dataSource());
  }

  private List<ExportRow> exported(SearchPattern pattern, CustomerState state) {
    List<ExportRow> rows = new ArrayList<>();
    export.forEach(tenantA, Selection.of(pattern, state), rows::add);
    return rows;
  }

  @Test
  void a_commit_moves_this_instances_mark_of_the_tenant_before_the_notification_comes_back() {
    FollowedDirectoryChanges changes = new FollowedDirectoryChanges(database.rawDataSource());
    try {
      JdbcImportWrites told = new JdbcImportWrites(database.dataSource(), changes);
      Participant acme = registry.add(participant("Acme AB", pagero));
      long deadline = System.nanoTime() + 20_000_000_000L;
      while (kind == DatabaseKind.POSTGRESQL && changes.mark(tenantA).isEmpty()) {
        assertThat(System.nanoTime()).as("following").isLessThan(deadline);
        Thread.onSpinWait();
      }
      OptionalLong before = changes.mark(tenantA);

      try (ImportWrites.Session session = told.open(tenantA)) {
        session.add(List.of(customer(tenantA, acme, "M-1")));
        session.commit();
      }
      OptionalLong after = changes.mark(tenantA); // at once, no waiting

      if (kind == DatabaseKind.POSTGRESQL) {
        assertThat(after).isPresent().isNotEqualTo(before);
      } else {
        assertThat(after).isEmpty(); // H2: nothing is ever trusted from memory
      }
    } finally {
      changes.stop();
    }
  }

  @Test
  void written_customers_numbers_and_audit_are_kept_when_committed_with_ids_beside_jpas() {
    Participant acme = registry.add(participant("Acme AB", pagero));
    Participant nordic = registry.add(participant("Nordic AB", pagero));
    Customer before = directory.add(tenantA, customer(tenantA, nordic, "N-1"));
    auditTrail.append(tenantA, List.of(change(before, CustomerAction.ACTIVATED)));
    Customer added =
        Customer.create(tenantA, acme, CustomerNumbers.of("A-1", "A-2"), null, stamp());
    List<CustomerChange> created = added.pullChanges();
    Customer changed = directory.findById(tenantA, before.id()).orElseThrow();
    changed.replaceNumbers(CustomerNumbers.of("N-2", "N-1"), stamp());
    changed.deactivate(stamp());
    List<CustomerChange> changes = changed.pullChanges();

    try (ImportWrites.Session session = writes.open(tenantA)) {
      session.add(List.of(added));
      session.update(List.of(changed));
      session.audit(created);
      session.audit(changes);
      session.commit();
    }
    auditTrail.append(tenantA, List.of(change(before, CustomerAction.ACTIVATED)));

    Customer stored = directory.findById(tenantA, added.id()).orElseThrow();
    assertThat(stored.numbers().asStrings()).containsExactly("A-1", "A-2");
    assertThat(stored.version()).isEqualTo(1);
    Customer updated = directory.findById(tenantA, before.id()).orElseThrow();
    assertThat(updated.numbers().asStrings()).containsExactly("N-2", "N-1");
    assertThat(updated.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(updated.version()).isEqualTo(2);
    assertThat(auditTrail.history(tenantA, added.id()))
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.CREATED);
    assertThat(auditTrail.history(tenantA, before.id())).hasSize(4);
  }

  @Test
  void nothing_is_kept_without_a_commit_and_a_stale_version_is_refused() {
    Participant acme = registry.add(participant("Acme AB", pagero));
    Participant nordic = registry.add(participant("Nordic AB", pagero));
    Customer existing = directory.add(tenantA, customer(tenantA, nordic, "N-1"));
    Customer stale = directory.findById(tenantA, existing.id()).orElseThrow();
    Customer fresh = directory.findById(tenantA, existing.id()).orElseThrow();
    fresh.deactivate(stamp());
    directory.update(tenantA, fresh);

    try (ImportWrites.Session session = writes.open(tenantA)) {
      session.add(List.of(customer(tenantA, acme, "A-1")));
    }
    assertThat(directory.findByParticipant(tenantA, acme.id())).isEmpty();

    stale.replaceNumbers(CustomerNumbers.of("N-9"), stamp());
    try (ImportWrites.Session session = writes.open(tenantA)) {
      assertThatThrownBy(() -> session.update(List.of(stale)))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_CHANGE));
    }
    assertThat(directory.findById(tenantA, existing.id()).orElseThrow().numbers().asStrings())
        .containsExactly("N-1");
  }

  @Test
  void the_export_reads_the_tenants_customers_by_name_with_the_search_and_state() {
    Participant zeta = registry.add(participant("Zeta AB", pagero));
    Participant alpha = registry.add(participant("Alpha AB", pagero));
    Participant other = registry.add(participant("Other AB", pagero));
    directory.add(tenantA, customer(tenantA, zeta, "Z-1", "Z-2"));
    Customer a = directory.add(tenantA, customer(tenantA, alpha, "A-1"));
    directory.add(tenantB, customer(tenantB, other, "O-1"));

    List<ExportRow> all = exported(null, null);
    assertThat(all).extracting(ExportRow::name).containsExactly("Alpha AB", "Zeta AB");
    ExportRow first = all.get(0);
    assertThat(first.customerId()).isEqualTo(a.id().value());
    assertThat(first.eAddress()).isEqualTo(alpha.eAddressText());
    assertThat(first.organizationNumber())
        .isEqualTo(alpha.identifier(IdentifierScheme.ORGANIZATION_NUMBER).orElseThrow().value());
    assertThat(first.vatNumber()).startsWith("SE");
    assertThat(first.serviceProviderId()).isEqualTo(pagero.id().value());
    assertThat(all.get(1).customerNumbers()).containsExactly("Z-1", "Z-2");
    assertThat(exported(SearchPattern.parse("Z-*", true), null))
        .extracting(ExportRow::name)
        .containsExactly("Zeta AB");
    assertThat(exported(null, CustomerState.INACTIVE)).isEmpty();
  }

  @Test
  void one_import_runs_per_tenant_and_its_rows_come_back_failed_first_with_their_violations() {
    ImportSummary first = summary();
    imports.begin(tenantA, first);
    assertThatThrownBy(() -> imports.begin(tenantA, summary()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_RUNNING));
    imports.begin(tenantB, summary());

    Violation nested =
        Violation.of(
            Input.E_ADDRESS,
            Rule.IDENTIFIER_INVALID,
            IdentifierScheme.E_ADDRESS,
            "0007:1\t2",
            Breach.of(Rule.CHECK_DIGIT, 7));
    Violation item = Violation.ofItem(Input.CUSTOMER_NUMBERS, 1, Rule.IMPORT_NUMBER_TWICE, "X", 2L);
    imports.keepRows(
        tenantA,
        first.id(),
        List.of(
            new ImportRowResult(2, ImportOutcome.ADDED, null, List.of()),
            new ImportRowResult(3, ImportOutcome.FAILED, null, List.of(nested, item))));
    imports.progress(tenantA, first.id(), new Counts(2, 2, 1, 0, 0, 1));

    var page = imports.rows(tenantA, first.id(), null, new PageRequest(0, 10));
    assertThat(page.total()).isEqualTo(2);
    assertThat(page.items()).extracting(ImportRowResult::line).containsExactly(3L, 2L);
    assertThat(page.items().get(0).errors()).containsExactly(nested, item);
    assertThat(
            imports.rows(tenantA, first.id(), ImportOutcome.ADDED, new PageRequest(0, 10)).items())
        .extracting(ImportRowResult::line)
        .containsExactly(2L);
    assertThat(imports.rows(tenantB, first.id(), null, new PageRequest(0, 10)).items()).isEmpty();
    assertThat(imports.find(tenantB, first.id())).isEmpty();

    imports.finish(
        tenantA, first.id(), ImportStatus.DONE, new Counts(2, 2, 1, 0, 0, 1), false, NOW);
    ImportSummary done = imports.find(tenantA, first.id()).orElseThrow();
    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.counts().failed()).isEqualTo(1);
    assertThat(done.finishedAt()).isEqualTo(NOW.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
    imports.begin(tenantA, summary());
  }

  @Test
  void an_import_through_the_service_adds_then_an_export_imports_back_unchanged() {
    Participant acme = registry.add(participant("Acme AB", pagero));
    Participant nordic = registry.add(participant("Nordic AB", pagero));
    InMemoryTransferFiles files = new InMemoryTransferFiles();
    InMemoryCurrentUser user = InMemoryCurrentUser.editorOf(tenantA);
    DirectoryImportService service =
        new DirectoryImportService(
            files,
            imports,
            writes,
            new JdbcImportReads(database.dataSource()),
            new ImmediateBackgroundWork(),
            user,
            new InMemoryClock(NOW));
    files.nextUpload(
        List.of(
            List.of("eAddress", "vatNumber", "customerNumbers", "state"),
            List.of(acme.eAddressText(), "", "A-1, A-2", ""),
            List.of(
                "",
                nordic.identifier(IdentifierScheme.VAT).orElseThrow().value(),
                "N-1",
                "INACTIVE")));

    ImportSummary applied = start(service, false);

    assertThat(service.status(applied.id()).applied()).isTrue();
    assertThat(service.status(applied.id()).counts().added()).isEqualTo(2);
    assertThat(directory.findByParticipant(tenantA, nordic.id()).orElseThrow().state())
        .isEqualTo(CustomerState.INACTIVE);
    Customer a = directory.findByParticipant(tenantA, acme.id()).orElseThrow();
    assertThat(auditTrail.history(tenantA, a.id()))
        .extracting(CustomerChange::actor)
        .containsExactly(user.actor().username());

    new DirectoryExportService(export, files, user)
        .export(new ExportQuery(null, null, FileFormat.CSV))
        .writeTo(new ByteArrayOutputStream());
    files.nextUpload(files.written().get(files.written().size() - 1));
    ImportSummary again = start(service, false);

    ImportSummary status = service.status(again.id());
    assertThat(status.counts().unchanged()).isEqualTo(2);
    assertThat(status.counts().rows()).isEqualTo(2);
    assertThat(directory.findById(tenantA, a.id()).orElseThrow().version()).isEqualTo(1);
  }

  private static ImportSummary start(DirectoryImportService service, boolean dryRun) {
    return service.start(
        new StartImportCommand(
            new ByteArrayInputStream(new byte[] {1}),
            FileFormat.CSV,
            dryRun,
            ImportMode.ALL_OR_NOTHING));
  }

  private static ImportSummary summary() {
    return new ImportSummary(
        ImportId.newId(),
        "editor",
        true,
        ImportMode.ALL_OR_NOTHING,
        ImportStatus.RUNNING,
        false,
        Counts.of(2),
        NOW,
        null);
  }

  private static ChangeStamp stamp() {
    return new ChangeStamp("importer", NOW);
  }

  private CustomerChange change(Customer customer, CustomerAction action) {
    return new CustomerChange(
        tenantA, customer.id(), action, "editor", NOW, customer.snapshot(), customer.snapshot());
  }
}
