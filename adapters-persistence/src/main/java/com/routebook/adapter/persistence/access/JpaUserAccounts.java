package com.routebook.adapter.persistence.access;

import com.routebook.adapter.persistence.support.Constraints;
import com.routebook.application.port.out.UserAccounts;
import com.routebook.domain.ConflictException;
import com.routebook.domain.ErrorCode;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
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

  private static ConflictException usernameTaken(UserAccount account) {
    return new ConflictException(ErrorCode.USERNAME_TAKEN, account.username());
  }
}
