package com.routebook.adapter.persistence.directory;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.adapter.persistence.support.Constraints;
import com.routebook.adapter.persistence.support.FollowedDirectoryChanges;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerNumberTakenException;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenants' customer directories on JPA. Every query names the tenant; a customer of another
 * tenant is never read, changed or deleted. Look-ups for many numbers or participants take a fixed
 * number of queries. Search pages are read by {@code search.JdbcDirectorySearch}.
 *
 * <p>One customer per participant and unique numbers within a tenant are guaranteed by the
 * database's constraints, not checked here beforehand (the service checks them first for a friendly
 * answer): a write that breaks one, also when a concurrent transaction committed first, is rolled
 * back to a savepoint and its violation translated into the domain's conflict, naming the existing
 * customer ({@link CustomerExistsException}) or the numbers taken ({@link
 * CustomerNumberTakenException}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCustomerDirectory implements CustomerDirectory {

  /** The primary key of customer_number, by its name and as H2 reports its violation. */
  private static final String[] NUMBER_UNIQUE = {
    "customer_number_tenant_number_unique", "customer_number(tenant_id, number)"
  };

  private static final String PARTICIPANT_UNIQUE = "customer_tenant_participant_unique";
  private static final String SAVEPOINT = "customer_write";

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** Told of every write, so that routing forgets what it read at once (absent in tests). */
  @Inject private FollowedDirectoryChanges changes;

  /** For CDI. */
  public JpaCustomerDirectory() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaCustomerDirectory(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<Customer> findById(TenantId tenantId, CustomerId customerId) {
    return entity(tenantId, customerId.value()).map(e -> CustomerMapper.toDomain(e, numbersOf(e)));
  }

  @Override
  public Optional<Customer> findByParticipant(TenantId tenantId, ParticipantId participantId) {
    return findByParticipants(tenantId, Set.of(participantId)).stream().findFirst();
  }

  @Override
  public List<Customer> findByCustomerNumbers(TenantId tenantId, Set<CustomerNumber> numbers) {
    Set<String> ids = new LinkedHashSet<>();
    for (List<String> chunk : Chunks.of(numbers.stream().map(CustomerNumber::value).toList())) {
      ids.addAll(
          em.createQuery(
                  "SELECT n.customerId FROM CustomerNumberEntity n"
                      + " WHERE n.tenantId = :tenant AND n.number IN :numbers",
                  String.class)
              .setParameter("tenant", tenantId.value())
              .setParameter("numbers", chunk)
              .getResultList());
    }
    return load(tenantId, ids);
  }

  @Override
  public List<Customer> findByParticipants(TenantId tenantId, Set<ParticipantId> participantIds) {
    List<CustomerEntity> entities = new ArrayList<>();
    for (List<String> chunk :
        Chunks.of(participantIds.stream().map(ParticipantId::value).toList())) {
      entities.addAll(
          em.createQuery(
                  "SELECT c FROM CustomerEntity c"
                      + " WHERE c.tenantId = :tenant AND c.participantId IN :participants",
                  CustomerEntity.class)
              .setParameter("tenant", tenantId.value())
              .setParameter("participants", chunk)
              .getResultList());
    }
    return withNumbers(tenantId, entities);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Customer add(TenantId tenantId, Customer customer) {
    announce(tenantId);
    requireTenant(tenantId, customer);
    if (customer.version() != 0) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " was stored before (version " + customer.version() + ")");
    }
    if (em.find(CustomerEntity.class, customer.id().value()) != null) {
      throw new ConflictException(ErrorCode.CUSTOMER_ID_TAKEN, customer.id());
    }
    CustomerEntity entity =
        new CustomerEntity(
            customer.id().value(), tenantId.value(), customer.participantId().value());
    CustomerMapper.copyFields(customer, entity);
    underConstraints(
        tenantId,
        customer,
        () -> {
          em.persist(entity);
          // customer_number refers to customer without a JPA relationship: the customer goes first
          em.flush();
          writeNumbers(tenantId, customer, List.of());
          em.flush();
        });
    return CustomerMapper.withVersion(customer, entity.version);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Customer update(TenantId tenantId, Customer customer) {
    announce(tenantId);
    CustomerEntity entity =
        entity(tenantId, customer.id().value())
            .filter(e -> customer.tenantId().equals(tenantId))
            .orElseThrow(() -> notFound(customer.id()));
    if (entity.version != customer.version()) {
      throw ConflictException.concurrentChange();
    }
    // read every row before changing any, so that no query flushes a half-made change
    List<CustomerNumberEntity> rows = numbersOf(entity);
    underConstraints(
        tenantId,
        customer,
        () -> {
          CustomerMapper.copyFields(customer, entity);
          writeNumbers(tenantId, customer, rows);
          em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          em.flush();
        });
    return CustomerMapper.withVersion(customer, entity.version);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void delete(TenantId tenantId, CustomerId customerId, long expectedVersion) {
    announce(tenantId);
    CustomerEntity entity =
        entity(tenantId, customerId.value()).orElseThrow(() -> notFound(customerId));
    if (entity.version != expectedVersion) {
      throw ConflictException.concurrentChange();
    }
    try {
      em.createQuery(
              "DELETE FROM CustomerNumberEntity n"
                  + " WHERE n.tenantId = :tenant AND n.customerId = :customer")
          .setParameter("tenant", tenantId.value())
          .setParameter("customer", customerId.value())
          .executeUpdate();
      em.remove(entity);
      em.flush();
    } catch (OptimisticLockException stale) {
      throw ConflictException.concurrentChange();
    }
  }

  /** The tenant's customer row with that id; another tenant's row is never returned. */
  private Optional<CustomerEntity> entity(TenantId tenantId, String id) {
    return em.createQuery(
            "SELECT c FROM CustomerEntity c WHERE c.tenantId = :tenant AND c.id = :id",
            CustomerEntity.class)
        .setParameter("tenant", tenantId.value())
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  private List<CustomerNumberEntity> numbersOf(CustomerEntity entity) {
    return em.createQuery(
            "SELECT n FROM CustomerNumberEntity n"
                + " WHERE n.tenantId = :tenant AND n.customerId = :customer",
            CustomerNumberEntity.class)
        .setParameter("tenant", entity.tenantId)
        .setParameter("customer", entity.id)
        .getResultList();
  }

  /** The tenant's customers with these ids, in a fixed number of queries per chunk. */
  private List<Customer> load(TenantId tenantId, Collection<String> ids) {
    List<CustomerEntity> entities = new ArrayList<>();
    for (List<String> chunk : Chunks.of(ids)) {
      entities.addAll(
          em.createQuery(
                  "SELECT c FROM CustomerEntity c WHERE c.tenantId = :tenant AND c.id IN :ids",
                  CustomerEntity.class)
              .setParameter("tenant", tenantId.value())
              .setParameter("ids", chunk)
              .getResultList());
    }
    return withNumbers(tenantId, entities);
  }

  private List<Customer> withNumbers(TenantId tenantId, List<CustomerEntity> entities) {
    Map<String, List<CustomerNumberEntity>> numbers = new HashMap<>();
    for (List<String> chunk : Chunks.of(entities.stream().map(e -> e.id).toList())) {
      em.createQuery(
              "SELECT n FROM CustomerNumberEntity n"
                  + " WHERE n.tenantId = :tenant AND n.customerId IN :ids",
              CustomerNumberEntity.class)
          .setParameter("tenant", tenantId.value())
          .setParameter("ids", chunk)
          .getResultList()
          .forEach(n -> numbers.computeIfAbsent(n.customerId, k -> new ArrayList<>()).add(n));
    }
    return entities.stream()
        .map(e -> CustomerMapper.toDomain(e, numbers.getOrDefault(e.id, List.of())))
        .toList();
  }

  /** Makes the number rows those of the customer: drops, keeps (re-ordered) and adds by value. */
  private void writeNumbers(TenantId tenantId, Customer customer, List<CustomerNumberEntity> rows) {
    List<String> wanted = customer.numbers().asStrings();
    Map<String, CustomerNumberEntity> existing =
        rows.stream().collect(Collectors.toMap(r -> r.number, r -> r));
    for (CustomerNumberEntity row : rows) {
      if (!wanted.contains(row.number)) {
        em.remove(row);
      }
    }
    for (int position = 0; position < wanted.size(); position++) {
      CustomerNumberEntity row = existing.get(wanted.get(position));
      if (row == null) {
        em.persist(
            new CustomerNumberEntity(
                tenantId.value(), wanted.get(position), customer.id().value(), position));
      } else {
        row.position = position;
      }
    }
  }

  /**
   * Runs the writes after a savepoint; a unique violation of the directory's rules rolls back to it
   * (on PostgreSQL the transaction is unusable until then) and is answered by the domain's
   * conflict, read on the same connection: the other transaction has committed by the time the
   * violation is reported, so its customer is seen.
   */
  private void underConstraints(TenantId tenantId, Customer customer, Runnable writes) {
    Connection connection = em.unwrap(Connection.class);
    execute(connection, "SAVEPOINT " + SAVEPOINT);
    try {
      writes.run();
    } catch (OptimisticLockException stale) {
      throw ConflictException.concurrentChange();
    } catch (PersistenceException failure) {
      boolean participantTaken = Constraints.uniqueViolated(failure, PARTICIPANT_UNIQUE);
      if (!participantTaken && !Constraints.uniqueViolated(failure, NUMBER_UNIQUE)) {
        throw failure;
      }
      execute(connection, "ROLLBACK TO SAVEPOINT " + SAVEPOINT);
      throw participantTaken
          ? customerExists(connection, tenantId, customer)
          : numbersTaken(connection, tenantId, customer);
    }
  }

  private static RuntimeException customerExists(
      Connection connection, TenantId tenantId, Customer customer) {
    List<String> existing =
        strings(
            connection,
            new NativeSql()
                .sql("SELECT id FROM customer WHERE tenant_id = ")
                .value(tenantId.value())
                .sql(" AND participant_id = ")
                .value(customer.participantId().value()));
    return existing.isEmpty()
        ? ConflictException.concurrentChange()
        : new CustomerExistsException(new CustomerId(existing.get(0)));
  }

  private static RuntimeException numbersTaken(
      Connection connection, TenantId tenantId, Customer customer) {
    NativeSql query =
        new NativeSql()
            .sql("SELECT number FROM customer_number WHERE tenant_id = ")
            .value(tenantId.value())
            .sql(" AND customer_id <> ")
            .value(customer.id().value())
            .sql(" AND number IN (");
    List<String> numbers = customer.numbers().asStrings();
    for (int i = 0; i < numbers.size(); i++) {
      query.sql(i == 0 ? "" : ", ").value(numbers.get(i));
    }
    List<String> taken = strings(connection, query.sql(")"));
    return taken.isEmpty()
        ? ConflictException.concurrentChange()
        : new CustomerNumberTakenException(numbers.stream().filter(taken::contains).toList());
  }

  private static List<String> strings(Connection connection, NativeSql query) {
    try (PreparedStatement statement = query.prepare(connection);
        ResultSet rows = statement.executeQuery()) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(1));
      }
      return values;
    } catch (SQLException e) {
      throw new PersistenceException("customer directory: " + e.getMessage(), e);
    }
  }

  private static void execute(Connection connection, String sql) {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new PersistenceException("customer directory: " + e.getMessage(), e);
    }
  }

  private static NotFoundException notFound(CustomerId customerId) {
    return new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, customerId);
  }

  private static void requireTenant(TenantId tenantId, Customer customer) {
    if (!customer.tenantId().equals(tenantId)) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " belongs to another tenant than " + tenantId);
    }
  }

  private void announce(TenantId tenantId) {
    if (changes != null) {
      changes.changedHere(tenantId);
    }
  }
}
