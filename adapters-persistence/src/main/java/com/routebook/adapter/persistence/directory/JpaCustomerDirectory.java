package com.routebook.adapter.persistence.directory;

import com.routebook.adapter.persistence.support.Chunks;
import com.routebook.adapter.persistence.support.Constraints;
import com.routebook.adapter.persistence.support.Dialect;
import com.routebook.adapter.persistence.support.LikeSearch;
import com.routebook.adapter.persistence.support.NativeSql;
import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;
import com.routebook.domain.ConflictException;
import com.routebook.domain.NotFoundException;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerExistsException;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerNumber;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.Participant;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.search.SearchPattern;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
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
 * number of queries; search is native SQL served by the trigram indexes.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaCustomerDirectory implements CustomerDirectory {

  /** Code of an id that names no customer of the tenant. */
  static final String CUSTOMER_NOT_FOUND = "CUSTOMER_NOT_FOUND";

  /** Code of a number another customer of the tenant holds. */
  static final String CUSTOMER_NUMBER_TAKEN = "CUSTOMER_NUMBER_TAKEN";

  private static final String NUMBER_UNIQUE = "customer_number_tenant_number_unique";
  private static final String PARTICIPANT_UNIQUE = "customer_tenant_participant_unique";

  private static final String STILL_REGISTERED =
      "SELECT 1 FROM participant_provider l WHERE l.participant_id = c.participant_id"
          + " AND l.service_provider_id = c.service_provider_id";

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** Where the participants the directory shows beside its customers are read. */
  @Inject private ParticipantRegistry participants;

  /** For CDI. */
  public JpaCustomerDirectory() {}

  /** With an entity manager and a registry of the caller's (tests outside the server). */
  public JpaCustomerDirectory(EntityManager em, ParticipantRegistry participants) {
    this.em = em;
    this.participants = participants;
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
  public Page<DirectoryEntry> search(
      TenantId tenantId, SearchPattern pattern, CustomerState state, PageRequest page) {
    Dialect dialect = Dialect.of(em);
    NativeSql sql = new NativeSql();
    if (pattern == null) {
      sql.sql(
              "SELECT c.id, COUNT(*) OVER () FROM customer c"
                  + " JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = ")
          .value(tenantId.value());
      state(sql, state).sql(" ORDER BY ").sql(dialect.binary("p.name")).sql(", c.id");
    } else {
      hits(sql.sql("WITH hit AS ("), tenantId, pattern, state).sql(")");
      sql.sql(" SELECT hit.id, COUNT(*) OVER () FROM hit ORDER BY ")
          .sql(dialect.binary("hit.name"))
          .sql(", hit.id");
    }
    sql.sql(" OFFSET ")
        .value(page.offset())
        .sql(" ROWS FETCH NEXT ")
        .value(page.size())
        .sql(" ROWS ONLY");
    @SuppressWarnings("unchecked")
    List<Object[]> rows = sql.query(em).getResultList();
    long total =
        rows.isEmpty() ? count(tenantId, pattern, state) : ((Number) rows.get(0)[1]).longValue();
    List<String> ids = rows.stream().map(r -> (String) r[0]).toList();
    Map<String, Customer> customers = new HashMap<>();
    load(tenantId, ids).forEach(c -> customers.put(c.id().value(), c));
    Map<ParticipantId, Participant> shown = new HashMap<>();
    participants
        .findByIds(
            customers.values().stream().map(Customer::participantId).collect(Collectors.toSet()))
        .forEach(p -> shown.put(p.id(), p));
    List<DirectoryEntry> entries =
        ids.stream()
            .map(customers::get)
            .map(c -> new DirectoryEntry(c, shown.get(c.participantId())))
            .toList();
    return new Page<>(entries, page.page(), page.size(), total);
  }

  /**
   * The tenant's customers (id, participant name) the pattern finds: by participant name,
   * identifier or E-address, by the name of the provider routing uses (the chosen one while the
   * participant still has it, else its default), or by customer number. Each branch starts from its
   * own index; the few providers are matched first.
   */
  private NativeSql hits(
      NativeSql sql, TenantId tenantId, SearchPattern pattern, CustomerState state) {
    LikeSearch like = new LikeSearch(pattern);
    String customerOf = " JOIN participant p ON p.id = c.participant_id WHERE c.tenant_id = ";
    sql.sql("SELECT c.id, p.name FROM customer c").sql(customerOf).value(tenantId.value());
    state(sql, state).sql(" AND ");
    like.text(sql, "p.name");
    sql.sql(
            " UNION SELECT c.id, p.name FROM participant_identifier i"
                + " JOIN customer c ON c.participant_id = i.participant_id")
        .sql(customerOf)
        .value(tenantId.value());
    state(sql, state).sql(" AND ");
    like.identifier(sql, "i.normalized_value", "i.scheme");
    List<String> providers = like.serviceProviderIds(em);
    if (!providers.isEmpty()) {
      sql.sql(" UNION SELECT c.id, p.name FROM customer c").sql(customerOf).value(tenantId.value());
      state(sql, state).sql(" AND c.service_provider_id IN (");
      values(sql, providers).sql(") AND EXISTS (").sql(STILL_REGISTERED).sql(")");
      sql.sql(" UNION SELECT c.id, p.name FROM customer c").sql(customerOf).value(tenantId.value());
      state(sql, state).sql(" AND p.default_provider_id IN (");
      values(sql, providers).sql(") AND NOT EXISTS (").sql(STILL_REGISTERED).sql(")");
    }
    sql.sql(
            " UNION SELECT c.id, p.name FROM customer_number n"
                + " JOIN customer c ON c.id = n.customer_id AND c.tenant_id = n.tenant_id")
        .sql(customerOf)
        .value(tenantId.value());
    state(sql, state).sql(" AND n.tenant_id = ").value(tenantId.value()).sql(" AND ");
    like.text(sql, "n.number");
    return sql;
  }

  private static NativeSql state(NativeSql sql, CustomerState state) {
    return state == null ? sql : sql.sql(" AND c.state = ").value(state.name());
  }

  private static NativeSql values(NativeSql sql, List<String> values) {
    for (int k = 0; k < values.size(); k++) {
      sql.sql(k == 0 ? "" : ", ").value(values.get(k));
    }
    return sql;
  }

  private long count(TenantId tenantId, SearchPattern pattern, CustomerState state) {
    NativeSql sql = new NativeSql();
    if (pattern == null) {
      sql.sql("SELECT COUNT(*) FROM customer c WHERE c.tenant_id = ").value(tenantId.value());
      state(sql, state);
    } else {
      hits(sql.sql("SELECT COUNT(*) FROM ("), tenantId, pattern, state).sql(") hit");
    }
    return ((Number) sql.query(em).getSingleResult()).longValue();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Customer add(TenantId tenantId, Customer customer) {
    requireTenant(tenantId, customer);
    if (customer.version() != 0) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " was stored before (version " + customer.version() + ")");
    }
    if (em.find(CustomerEntity.class, customer.id().value()) != null) {
      throw new ConflictException("CUSTOMER_ID_TAKEN", "customer " + customer.id() + " exists");
    }
    Optional<Customer> existing = findByParticipant(tenantId, customer.participantId());
    if (existing.isPresent()) {
      throw new CustomerExistsException(existing.get().id());
    }
    requireFree(tenantId, customer);
    CustomerEntity entity =
        new CustomerEntity(
            customer.id().value(), tenantId.value(), customer.participantId().value());
    CustomerMapper.copyFields(customer, entity);
    try {
      em.persist(entity);
      // customer_number refers to customer without a JPA relationship: the customer goes first
      em.flush();
      writeNumbers(tenantId, customer, List.of());
      em.flush();
    } catch (PersistenceException failure) {
      throw translate(failure, tenantId, customer);
    }
    return CustomerMapper.withVersion(customer, entity.version);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public Customer update(TenantId tenantId, Customer customer) {
    CustomerEntity entity =
        entity(tenantId, customer.id().value())
            .filter(e -> customer.tenantId().equals(tenantId))
            .orElseThrow(() -> notFound(customer.id()));
    if (entity.version != customer.version()) {
      throw ConflictException.concurrentChange();
    }
    requireFree(tenantId, customer);
    // read every row before changing any, so that no query flushes a half-made change
    List<CustomerNumberEntity> rows = numbersOf(entity);
    CustomerMapper.copyFields(customer, entity);
    writeNumbers(tenantId, customer, rows);
    try {
      em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
      em.flush();
    } catch (OptimisticLockException stale) {
      throw ConflictException.concurrentChange();
    } catch (PersistenceException failure) {
      throw translate(failure, tenantId, customer);
    }
    return CustomerMapper.withVersion(customer, entity.version);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void delete(TenantId tenantId, CustomerId customerId, long expectedVersion) {
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

  private void requireFree(TenantId tenantId, Customer customer) {
    List<String> taken =
        findByCustomerNumbers(tenantId, customer.numbers().asSet()).stream()
            .filter(other -> !other.id().equals(customer.id()))
            .flatMap(other -> other.numbers().asStrings().stream())
            .filter(customer.numbers().asStrings()::contains)
            .sorted()
            .toList();
    if (!taken.isEmpty()) {
      throw numberTaken(taken);
    }
  }

  /** A unique violation that a concurrent change caused, as the domain's conflict. */
  private RuntimeException translate(
      PersistenceException failure, TenantId tenantId, Customer customer) {
    if (Constraints.uniqueViolated(failure, NUMBER_UNIQUE)) {
      return numberTaken(customer.numbers().asStrings());
    }
    if (Constraints.uniqueViolated(failure, PARTICIPANT_UNIQUE)) {
      return new ConflictException(
          CustomerExistsException.CUSTOMER_EXISTS,
          "the participant already is a customer in your directory");
    }
    return failure;
  }

  private static ConflictException numberTaken(List<String> numbers) {
    return new ConflictException(
        CUSTOMER_NUMBER_TAKEN,
        "customer number(s) "
            + String.join(", ", numbers)
            + " already used by another customer in your directory");
  }

  private static NotFoundException notFound(CustomerId customerId) {
    return new NotFoundException(
        CUSTOMER_NOT_FOUND, "no customer " + customerId + " in your directory");
  }

  private static void requireTenant(TenantId tenantId, Customer customer) {
    if (!customer.tenantId().equals(tenantId)) {
      throw new IllegalArgumentException(
          "customer " + customer.id() + " belongs to another tenant than " + tenantId);
    }
  }
}
