package com.routebook.adapter.persistence.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code customer_number}: its key (tenant, number) makes a number unique within a
 * tenant's directory.
 */
@Entity
@Table(name = "customer_number")
@IdClass(CustomerNumberEntity.Key.class)
public class CustomerNumberEntity {

  @Id
  @Column(name = "tenant_id", length = 36)
  String tenantId;

  @Id
  @Column(name = "number", length = 35)
  String number;

  @Column(name = "customer_id", nullable = false, updatable = false)
  String customerId;

  @Column(name = "position", nullable = false)
  int position;

  protected CustomerNumberEntity() {}

  CustomerNumberEntity(String tenantId, String number, String customerId, int position) {
    this.tenantId = tenantId;
    this.number = number;
    this.customerId = customerId;
    this.position = position;
  }

  /** The primary key: tenant and number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    String tenantId;
    String number;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key that
          && Objects.equals(tenantId, that.tenantId)
          && Objects.equals(number, that.number);
    }

    @Override
    public int hashCode() {
      return Objects.hash(tenantId, number);
    }
  }
}
