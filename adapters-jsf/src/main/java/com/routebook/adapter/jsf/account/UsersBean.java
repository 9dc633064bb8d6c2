package com.routebook.adapter.jsf.account;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.access.ManageTenantsUseCase;
import com.routebook.application.port.in.access.ManageUsersUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.access.UserAccount;
import com.routebook.domain.tenant.TenantId;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * Users (network administrators): choose a tenant, see its users with their state, disable or
 * enable one. Keeps only names and states in the view, never an account's password hash.
 */
@Named("users")
@ViewScoped
public class UsersBean implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A tenant to choose. */
  public record TenantOption(String id, String name) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** For Expressions 5, which reads bean properties, not record components. */
    public String getId() {
      return id;
    }

    public String getName() {
      return name;
    }
  }

  /** A user as the table shows it. */
  public record UserRow(String username, String role, boolean disabled) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** For Expressions 5, which reads bean properties, not record components. */
    public String getUsername() {
      return username;
    }

    public String getRole() {
      return role;
    }

    public boolean isDisabled() {
      return disabled;
    }

    static UserRow of(UserAccount account) {
      return new UserRow(account.username(), "Role." + account.role().name(), account.disabled());
    }
  }

  private ManageTenantsUseCase tenants;
  private ManageUsersUseCase users;
  private Feedback feedback;

  private List<TenantOption> tenantOptions;
  private String tenantId;
  private List<UserRow> rows;

  /** For the CDI proxy only. */
  protected UsersBean() {}

  @Inject
  public UsersBean(ManageTenantsUseCase tenants, ManageUsersUseCase users, Feedback feedback) {
    this.tenants = tenants;
    this.users = users;
    this.feedback = feedback;
  }

  /** Reads the tenants when the page opens. */
  public void open() {
    if (tenantOptions == null) {
      try {
        tenantOptions =
            tenants.tenants().stream()
                .map(t -> new TenantOption(t.id().value(), t.name()))
                .sorted(Comparator.comparing(TenantOption::name))
                .toList();
      } catch (DomainException e) {
        tenantOptions = List.of();
        feedback.report(e);
      }
    }
  }

  /** Shows the chosen tenant's users. */
  public void show() {
    try {
      rows =
          tenantId == null || tenantId.isBlank()
              ? null
              : users.users(new TenantId(tenantId)).stream().map(UserRow::of).toList();
    } catch (DomainException e) {
      rows = null;
      feedback.report(e);
    }
  }

  /** Disables a user of the chosen tenant. */
  public void disable(String username) {
    try {
      users.disable(new TenantId(tenantId), username);
      feedback.info("users.wasDisabled", username);
    } catch (DomainException e) {
      feedback.report(e);
    }
    show();
  }

  /** Enables a user of the chosen tenant again. */
  public void enable(String username) {
    try {
      users.enable(new TenantId(tenantId), username);
      feedback.info("users.wasEnabled", username);
    } catch (DomainException e) {
      feedback.report(e);
    }
    show();
  }

  public List<TenantOption> getTenantOptions() {
    return tenantOptions;
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public List<UserRow> getRows() {
    return rows;
  }
}
