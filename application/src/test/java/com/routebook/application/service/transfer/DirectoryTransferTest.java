package com.routebook.application.service.transfer;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static com.routebook.application.fixture.CustomerFixture.aCustomer;
import static com.routebook.application.fixture.ParticipantFixture.aParticipant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.ImmediateBackgroundWork;
import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fake.InMemoryDirectoryExport;
import com.routebook.application.fake.InMemoryDirectoryImports;
import com.routebook.application.fake.InMemoryImportReads;
import com.routebook.application.fake.InMemoryImportWrites;
import com.routebook.application.fake.InMemoryTransferFiles;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.in.transfer.ExportDirectoryUseCase.ExportQuery;
import com.routebook.application.port.in.transfer.ImportDirectoryUseCase.StartImportCommand;
import com.routebook.application.port.out.BackgroundWork;
import com.routebook.application.port.out.DirectoryImports.ImportRowResult;
import com.routebook.application.port.out.DirectoryImports.ImportSummary;
import com.routebook.application.port.out.DirectorySearch.Sort;
import com.routebook.application.port.out.DirectorySearch.StateFilter;
import com.routebook.application.port.out.TransferFiles.FileFormat;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.Rule;
import com.routebook.domain.ValidationException;
import com.routebook.domain.Violation;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerState;
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
import org.junit.jupiter.api.Test;

class DirectoryTransferTest {

  private static final List<String> HEADER =
      List.of("eAddress", "organizationNumber", "customerNumbers", "serviceProvider", "state");

  private final TestWorld world = new TestWorld();
  private final InMemoryTransferFiles files = new InMemoryTransferFiles();
  private final InMemoryDirectoryImports imports = new InMemoryDirectoryImports();
  private final InMemoryDirectoryExport export =
      new InMemoryDirectoryExport(world.directorySearch, world.directory);
  private final List<Runnable> deferred = new ArrayList<>();
  private BackgroundWork background = new ImmediateBackgroundWork();

  private DirectoryExportService exporter() {
    return new DirectoryExportService(export, files, world.currentUser);
  }

  private DirectoryImportService importer() {
    return new DirectoryImportService(
        files,
        imports,
        new InMemoryImportWrites(world.directory, world.auditTrail),
        new InMemoryImportReads(world.directory, world.registry),
        task -> background.submit(task),
        world.currentUser,
        world.clock);
  }

  private ImportSummary run(boolean dryRun, ImportMode mode, List<List<String>> table) {
    files.nextUpload(table);
    DirectoryImportService service = importer();
    ImportSummary started =
        service.start(
            new StartImportCommand(
                new ByteArrayInputStream(new byte[] {1}), FileFormat.CSV, dryRun, mode));
    return service.status(started.id());
  }

  private List<ImportRowResult> rows(ImportId id) {
    return importer().rows(id, null, new PageRequest(0, 500)).items();
  }

  private static List<List<String>> table(List<String>... rows) {
    List<List<String>> table = new ArrayList<>();
    table.add(HEADER);
    table.addAll(List.of(rows));
    return table;
  }

  private static List<Rule> rules(ImportRowResult row) {
    return row.errors().stream().map(Violation::rule).toList();
  }

  @Test
  void an_export_lists_the_tenants_customers_with_every_column_an_import_needs() {
    Customer mine = world.given(aCustomer().withNumbers("A-1", "A-2"));
    world.given(aCustomer().inTenant(TENANT_B));
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));

    exporter()
        .export(new ExportQuery(null, null, FileFormat.XLSX))
        .writeTo(new ByteArrayOutputStream());

    List<List<String>> file = files.written().get(0);
    assertThat(file.get(0))
        .containsExactly(
            "customerId",
            "name",
            "participantId",
            "eAddress",
            "organizationNumber",
            "vatNumber",
            "customerNumbers",
            "serviceProvider",
            "state");
    assertThat(file).hasSize(2);
    assertThat(file.get(1).get(0)).isEqualTo(mine.id().value());
    assertThat(file.get(1).get(6)).isEqualTo("A-1, A-2");
    assertThat(file.get(1).get(7)).isEqualTo(mine.serviceProviderId().value());
    assertThat(file.get(1).get(8)).isEqualTo("ACTIVE");
  }

  @Test
  void an_export_takes_the_search_and_state_filter() {
    Customer acme =
        world.given(aCustomer().of(aParticipant().named("Acme AB").build()).withNumbers("X-1"));
    world.given(aCustomer().of(aParticipant().named("Other AB").build()));
    world.given(aCustomer().of(aParticipant().named("Acme Two").build()).inactive());

    exporter()
        .export(
            new ExportQuery(
                SearchPattern.parse("Acme*", true), CustomerState.ACTIVE, FileFormat.CSV))
        .writeTo(new ByteArrayOutputStream());

    List<List<String>> file = files.written().get(0);
    assertThat(file).hasSize(2);
    assertThat(file.get(1).get(0)).isEqualTo(acme.id().value());
  }

  @Test
  void an_export_lists_in_the_order_and_language_of_the_query() {
    world.given(aCustomer().of(aParticipant().named("Zeta AB").build()));
    world.given(aCustomer().of(aParticipant().named("\u00c5ke AB").build()));
    world.given(aCustomer().of(aParticipant().named("alfa AB").build()));
    world.given(aCustomer().of(aParticipant().named("Beta AB").build()).inactive());

    exporter()
        .export(new ExportQuery(null, StateFilter.ACTIVE, Sort.NAME_DESC, "sv", FileFormat.CSV))
        .writeTo(new ByteArrayOutputStream());

    assertThat(files.written().get(0).stream().skip(1).map(row -> row.get(1)))
        .containsExactly("\u00c5ke AB", "Zeta AB", "alfa AB");
  }

  @Test
  void a_network_administrator_has_no_directory_to_export() {
    world.signedInAs(InMemoryCurrentUser.networkAdmin());
    assertThatThrownBy(() -> exporter().export(new ExportQuery(null, null, FileFormat.CSV)))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void an_unchanged_export_imports_back_as_unchanged_and_changes_nothing() {
    ServiceProvider first = ServiceProvider.named("First");
    ServiceProvider second = ServiceProvider.named("Second");
    Participant p = aParticipant().withProviders(first, second).build();
    world.given(aCustomer().of(p).withNumbers("U-1", "U-2").withProvider(second.id()));
    world.given(aCustomer().inactive());
    exporter()
        .export(new ExportQuery(null, null, FileFormat.CSV))
        .writeTo(new ByteArrayOutputStream());
    List<List<String>> exported = files.written().get(0);
    int audit =
        world.auditTrail.history(TENANT_A, world.directory.all(TENANT_A).get(0).id()).size();

    ImportSummary done = run(false, ImportMode.ALL_OR_NOTHING, exported);

    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.counts().unchanged()).isEqualTo(2);
    assertThat(done.counts().added() + done.counts().updated() + done.counts().failed()).isZero();
    assertThat(world.directory.all(TENANT_A)).allMatch(c -> c.version() == 1);
    assertThat(world.auditTrail.history(TENANT_A, world.directory.all(TENANT_A).get(0).id()))
        .hasSize(audit);
  }

  @Test
  void a_dry_run_reports_each_row_and_saves_nothing() {
    Participant p = world.given(aParticipant());

    ImportSummary done =
        run(true, ImportMode.ALL_OR_NOTHING, table(List.of(p.eAddressText(), "", "N-1", "", "")));

    assertThat(done.dryRun()).isTrue();
    assertThat(done.applied()).isFalse();
    assertThat(done.counts().added()).isEqualTo(1);
    assertThat(rows(done.id()))
        .extracting(ImportRowResult::outcome)
        .containsExactly(ImportOutcome.ADDED);
    assertThat(world.directory.all(TENANT_A)).isEmpty();
  }

  @Test
  void rows_are_checked_against_every_rule_and_failed_rows_come_first() {
    ServiceProvider only = ServiceProvider.named("Only");
    Participant free = world.given(aParticipant().withProviders(only));
    Participant twice = world.given(aParticipant());
    Participant other = world.given(aParticipant());
    world.given(aCustomer().withNumbers("HELD-1"));

    ImportSummary done =
        run(
            true,
            ImportMode.ALL_OR_NOTHING,
            table(
                List.of(free.eAddressText(), "", "OK-1", "only", "inactive"),
                List.of("0007:5560360793", "", "X-1", "", ""),
                List.of("", "", "X-2", "", ""),
                List.of(twice.eAddressText(), "", "OK-1", "", ""),
                List.of(twice.eAddressText(), "", "T-2", "", ""),
                List.of(other.eAddressText(), "", "HELD-1, bad number!", "Nobody", "SLEEPING"),
                List.of(
                    "",
                    other
                        .identifier(
                            com.routebook.domain.identifier.IdentifierScheme.ORGANIZATION_NUMBER)
                        .orElseThrow()
                        .value(),
                    "",
                    "",
                    "")));

    List<ImportRowResult> rows = rows(done.id());
    assertThat(rows).extracting(ImportRowResult::line).containsExactly(3L, 4L, 5L, 6L, 7L, 8L, 2L);
    assertThat(rows.get(6).outcome()).isEqualTo(ImportOutcome.ADDED);
    assertThat(rows.subList(0, 6)).allMatch(r -> r.outcome() == ImportOutcome.FAILED);
    assertThat(rules(rows.get(0))).containsExactly(Rule.IMPORT_PARTICIPANT_UNKNOWN);
    assertThat(rules(rows.get(1))).containsExactly(Rule.IMPORT_PARTICIPANT_REFERENCE);
    assertThat(rules(rows.get(2))).containsExactly(Rule.IMPORT_NUMBER_TWICE);
    assertThat(rows.get(2).errors().get(0).breach().arguments()).containsExactly("OK-1", 2L);
    assertThat(rules(rows.get(3))).containsExactly(Rule.IMPORT_PARTICIPANT_TWICE);
    assertThat(rows.get(3).errors().get(0).breach().arguments()).containsExactly(5L);
    assertThat(rules(rows.get(4)))
        .contains(Rule.CUSTOMER_NUMBER_CHARACTERS, Rule.IMPORT_STATE_UNKNOWN);
    assertThat(rules(rows.get(5)))
        .containsExactly(Rule.CUSTOMER_NUMBERS_REQUIRED, Rule.IMPORT_PARTICIPANT_TWICE);
    assertThat(done.counts().failed()).isEqualTo(6);
  }

  @Test
  void a_number_held_by_another_customer_and_a_provider_not_offered_fail_the_row() {
    Participant other = world.given(aParticipant());
    world.given(aCustomer().withNumbers("HELD-1"));

    ImportSummary done =
        run(
            true,
            ImportMode.ALL_OR_NOTHING,
            table(List.of(other.eAddressText(), "", "HELD-1", "Nobody", "")));

    assertThat(rules(rows(done.id()).get(0)))
        .containsExactly(Rule.IMPORT_NUMBER_HELD, Rule.IMPORT_PROVIDER_NOT_OFFERED);
  }

  @Test
  void all_or_nothing_saves_nothing_when_a_row_fails() {
    Participant p = world.given(aParticipant());

    ImportSummary done =
        run(
            false,
            ImportMode.ALL_OR_NOTHING,
            table(List.of(p.eAddressText(), "", "N-1", "", ""), List.of("", "", "N-2", "", "")));

    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.applied()).isFalse();
    assertThat(world.directory.all(TENANT_A)).isEmpty();
  }

  @Test
  void valid_rows_mode_saves_the_valid_rows_audited_under_the_importing_user() {
    Participant p = world.given(aParticipant());
    Customer existing = world.given(aCustomer().withNumbers("OLD-1"));

    ImportSummary done =
        run(
            false,
            ImportMode.VALID_ROWS,
            table(
                List.of(p.eAddressText(), "", "N-1", "", "INACTIVE"),
                List.of("", "", "N-2", "", ""),
                List.of(
                    world.registry.findById(existing.participantId()).orElseThrow().eAddressText(),
                    "",
                    "OLD-1, NEW-1",
                    "",
                    "")));

    assertThat(done.applied()).isTrue();
    assertThat(done.counts().added()).isEqualTo(1);
    assertThat(done.counts().updated()).isEqualTo(1);
    assertThat(done.counts().failed()).isEqualTo(1);
    Customer added = world.directory.findByParticipant(TENANT_A, p.id()).orElseThrow();
    assertThat(added.numbers().asStrings()).containsExactly("N-1");
    assertThat(added.state()).isEqualTo(CustomerState.INACTIVE);
    assertThat(
            world.directory.findById(TENANT_A, existing.id()).orElseThrow().numbers().asStrings())
        .containsExactly("OLD-1", "NEW-1");
    List<CustomerChange> history = world.auditTrail.history(TENANT_A, added.id());
    assertThat(history)
        .extracting(CustomerChange::action)
        .containsExactlyInAnyOrder(CustomerAction.CREATED, CustomerAction.DEACTIVATED);
    assertThat(history).allMatch(c -> c.actor().equals(world.currentUser.actor().username()));
    assertThat(world.auditTrail.history(TENANT_A, existing.id()))
        .extracting(CustomerChange::action)
        .containsExactly(CustomerAction.NUMBERS_REPLACED);
  }

  @Test
  void a_file_that_is_not_one_is_refused_whole_and_nothing_begins() {
    files.nextUpload(List.of(List.of("eAddress", "customerNo", "colour"), List.of("a", "b", "c")));

    assertThatThrownBy(
            () ->
                importer()
                    .start(
                        new StartImportCommand(
                            new ByteArrayInputStream(new byte[] {1}),
                            FileFormat.CSV,
                            true,
                            ImportMode.ALL_OR_NOTHING)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.INVALID_IMPORT_FILE);
              assertThat(e.violations())
                  .extracting(Violation::rule)
                  .containsExactly(
                      Rule.IMPORT_COLUMN_UNKNOWN,
                      Rule.IMPORT_COLUMN_UNKNOWN,
                      Rule.IMPORT_COLUMN_MISSING);
            });
    assertThat(files.discarded()).isEqualTo(1);
    assertThatThrownBy(() -> run(true, ImportMode.ALL_OR_NOTHING, List.of(HEADER)))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e -> assertThat(e.violations().get(0).rule()).isEqualTo(Rule.IMPORT_FILE_EMPTY));
  }

  @Test
  void a_viewer_may_not_import() {
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    assertThatThrownBy(() -> run(true, ImportMode.ALL_OR_NOTHING, table()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void a_second_import_of_the_tenant_is_refused_while_one_runs() {
    Participant p = world.given(aParticipant());
    background = deferred::add;
    ImportSummary first =
        run(true, ImportMode.ALL_OR_NOTHING, table(List.of(p.eAddressText(), "", "N-1", "", "")));
    assertThat(first.status()).isEqualTo(ImportStatus.RUNNING);

    assertThatThrownBy(
            () ->
                run(
                    true,
                    ImportMode.ALL_OR_NOTHING,
                    table(List.of(p.eAddressText(), "", "N-1", "", ""))))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IMPORT_RUNNING));

    deferred.forEach(Runnable::run);
    assertThat(importer().status(first.id()).status()).isEqualTo(ImportStatus.DONE);
  }

  @Test
  void the_file_of_a_dry_run_is_applied_and_another_tenant_sees_no_import() {
    Participant p = world.given(aParticipant());
    DirectoryImportService service = importer();
    files.nextUpload(table(List.of(p.eAddressText(), "", "N-1", "", "")));
    ImportSummary dry =
        service.start(
            new StartImportCommand(
                new ByteArrayInputStream(new byte[] {1}),
                FileFormat.CSV,
                true,
                ImportMode.ALL_OR_NOTHING));

    ImportSummary applied = service.apply(dry.id(), ImportMode.ALL_OR_NOTHING);

    assertThat(service.status(applied.id()).applied()).isTrue();
    assertThat(world.directory.all(TENANT_A)).hasSize(1);
    assertThatThrownBy(() -> service.apply(dry.id(), ImportMode.ALL_OR_NOTHING))
        .isInstanceOf(NotFoundException.class);
    world.signedInAs(InMemoryCurrentUser.editor(TENANT_B));
    assertThatThrownBy(() -> service.status(applied.id())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void the_report_lists_failed_rows_first_with_the_callers_texts() {
    Participant p = world.given(aParticipant());
    ImportSummary done =
        run(
            true,
            ImportMode.ALL_OR_NOTHING,
            table(List.of(p.eAddressText(), "", "N-1", "", ""), List.of("", "", "N-2", "", "")));

    importer()
        .report(done.id(), FileFormat.CSV, v -> v.rule().name())
        .writeTo(new ByteArrayOutputStream());

    List<List<String>> report = files.written().get(files.written().size() - 1);
    assertThat(report.get(0)).containsExactly("line", "outcome", "customerId", "errors");
    assertThat(report.get(1)).containsExactly("3", "FAILED", "", "IMPORT_PARTICIPANT_REFERENCE");
    assertThat(report.get(2)).containsExactly("2", "ADDED", "", "");
  }

  @Test
  void a_file_of_several_chunks_is_decided_in_order_with_chunks_looked_up_ahead_or_not() {
    Participant p = world.given(aParticipant());
    Participant q = world.given(aParticipant());
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(p.eAddressText(), "", "N-0", "", ""));
    for (int i = 1; i <= 2 * DirectoryImportService.CHUNK; i++) {
      rows.add(List.of(p.eAddressText(), "", "N-" + i, "", ""));
    }
    rows.add(List.of(q.eAddressText(), "", "N-0", "", ""));
    background = deferred::add;
    ImportSummary started = run(false, ImportMode.VALID_ROWS, table(rows.toArray(List[]::new)));
    assertThat(started.status()).isEqualTo(ImportStatus.RUNNING);

    // the executor never starts the look-ups handed to it: the import makes them itself
    List.copyOf(deferred).forEach(Runnable::run);

    ImportSummary done = importer().status(started.id());
    assertThat(done.status()).isEqualTo(ImportStatus.DONE);
    assertThat(done.counts().processed()).isEqualTo(2L * DirectoryImportService.CHUNK + 2);
    assertThat(done.counts().added()).isEqualTo(1);
    assertThat(done.counts().failed()).isEqualTo(2L * DirectoryImportService.CHUNK + 1);
    ImportRowResult lastRow =
        importer()
            .rows(
                started.id(),
                ImportOutcome.FAILED,
                new PageRequest((2 * DirectoryImportService.CHUNK) / 500, 500))
            .items()
            .get(0);
    assertThat(lastRow.line()).isEqualTo(2L * DirectoryImportService.CHUNK + 3);
    assertThat(rules(lastRow)).containsExactly(Rule.IMPORT_NUMBER_TWICE);
  }
}
