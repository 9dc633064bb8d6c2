package com.routebook.adapter.persistence.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A row of {@code tenant_setting}. */
@Entity
@Table(name = "tenant_setting")
public class TenantSettingEntity {

  @Id
  @Column(name = "tenant_id", length = 36)
  String tenantId;

  @Column(name = "directory_mode", nullable = false)
  String directoryMode;

  @Version
  @Column(name = "version", nullable = false)
  long version;

  protected TenantSettingEntity() {}

  TenantSettingEntity(String tenantId) {
    this.tenantId = tenantId;
  }
}
