package com.routebook.application.fake;

import com.routebook.application.port.out.CurrentUser;
import com.routebook.domain.tenant.Actor;
import com.routebook.domain.tenant.Role;
import com.routebook.domain.tenant.TenantId;
import java.util.Set;

/** The current user as a test chooses it. */
public class InMemoryCurrentUser implements CurrentUser {

  private Actor actor;
  private String clientAddress = "unknown";

  public InMemoryCurrentUser(Actor actor) {
    this.actor = actor;
  }

  /** An editor of the tenant, named {@code editor@<tenant>}. */
  public static InMemoryCurrentUser editorOf(TenantId tenant) {
    return new InMemoryCurrentUser(editor(tenant));
  }

  /** An editor of the tenant. */
  public static Actor editor(TenantId tenant) {
    return new Actor("editor@" + tenant, tenant, Set.of(Role.EDITOR));
  }

  /** A viewer of the tenant. */
  public static Actor viewer(TenantId tenant) {
    return new Actor("viewer@" + tenant, tenant, Set.of(Role.VIEWER));
  }

  /** A network administrator (no tenant). */
  public static Actor networkAdmin() {
    return new Actor("admin", null, Set.of(Role.NETWORK_ADMIN));
  }

  /** From now on, requests come from this actor. */
  public void signIn(Actor newActor) {
    this.actor = newActor;
  }

  /** From now on, requests come from this address. */
  public void from(String address) {
    this.clientAddress = address;
  }

  @Override
  public Actor actor() {
    return actor;
  }

  @Override
  public String clientAddress() {
    return clientAddress;
  }
}
