package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Constraints;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The user accounts on JPA; usernames are unique across tenants. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaUserAccounts implements UserAccounts {

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaUserAccounts() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaUserAccounts(EntityManager em) {
    this.em = em;
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return em.createQuery(
            "SELECT u FROM UserAccountEntity u WHERE u.username = :username",
            UserAccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(AccessMapper::toDomain);
  }

  @Override
  public boolean anyNetworkAdministrator() {
    return !em.createQuery(
            "SELECT u.id FROM UserAccountEntity u WHERE u.role = :role", String.class)
        .setParameter("role", Role.NETWORK_ADMIN.name())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public UserAccount add(UserAccount account) {
    if (findByUsername(account.username()).isPresent()) {
      throw usernameTaken(account);
    }
    try {
      em.persist(AccessMapper.toEntity(account));
      em.flush();
    } catch (PersistenceException failure) {
      if (Constraints.uniqueViolated(failure, "app_user_username_unique")) {
        throw usernameTaken(account);
      }
      throw failure;
    }
    return account;
  }

  @Override
  public List<UserAccount> inTenant(TenantId tenantId) {
    return em.createQuery(
            "SELECT u FROM UserAccountEntity u WHERE u.tenantId = :tenant ORDER BY u.username",
            UserAccountEntity.class)
        .setParameter("tenant", tenantId.value())
        .getResultStream()
        .map(AccessMapper::toDomain)
        .toList();
  }

  /** One statement, changing the row only if it is as the caller read it (compare and set). */
  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public boolean replace(UserAccount stored, UserAccount changed) {
    int updated =
        em.createQuery(
                "UPDATE UserAccountEntity u SET u.passwordHash = :newHash,"
                    + " u.disabled = :newDisabled, u.sessionGeneration = :newGeneration"
                    + " WHERE u.id = :id AND u.passwordHash = :hash AND u.disabled = :disabled"
                    + " AND u.sessionGeneration = :generation")
            .setParameter("newHash", changed.passwordHash())
            .setParameter("newDisabled", changed.disabled())
            .setParameter("newGeneration", changed.sessionGeneration())
            .setParameter("id", stored.id().value())
            .setParameter("hash", stored.passwordHash())
            .setParameter("disabled", stored.disabled())
            .setParameter("generation", stored.sessionGeneration())
            .executeUpdate();
    if (updated == 1) {
      // a bulk update bypasses the entities this transaction holds already: read the row again
      em.refresh(em.find(UserAccountEntity.class, stored.id().value()));
    }
    return updated == 1;
  }

  private static ConflictException usernameTaken(UserAccount account) {
    return new ConflictException(ErrorCode.USERNAME_TAKEN, account.username());
  }
}
