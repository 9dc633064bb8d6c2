package com.routebook.adapter.persistence.settings;

import com.routebook.application.port.out.TenantSettings;
import com.routebook.domain.routing.DirectoryMode;
import com.routebook.domain.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Tenant settings on JPA: one row per tenant that changed a default. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JpaTenantSettings implements TenantSettings {

  @PersistenceContext(unitName = "routebook")
  private EntityManager em;

  /** For CDI. */
  public JpaTenantSettings() {}

  /** With an entity manager of the caller's (tests outside the server). */
  public JpaTenantSettings(EntityManager em) {
    this.em = em;
  }

  @Override
  public DirectoryMode directoryMode(TenantId tenantId) {
    TenantSettingEntity row = em.find(TenantSettingEntity.class, tenantId.value());
    return row == null ? DirectoryMode.OPEN : DirectoryMode.valueOf(row.directoryMode);
  }

  @Override
  @Transactional(Transactional.TxType.REQUIRED)
  public void changeDirectoryMode(TenantId tenantId, DirectoryMode mode) {
    TenantSettingEntity row = em.find(TenantSettingEntity.class, tenantId.value());
    if (row == null) {
      row = new TenantSettingEntity(tenantId.value());
      row.directoryMode = mode.name();
      em.persist(row);
    } else {
      row.directoryMode = mode.name();
    }
    em.flush();
  }
}
