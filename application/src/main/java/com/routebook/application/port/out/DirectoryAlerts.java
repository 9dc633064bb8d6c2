package com.routebook.application.port.out;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertStatus;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The alerts of the tenants' directories: what changed in the registry under their customers.
 * Raising writes, for every customer of every tenant linked to the participant, one open alert per
 * change (one statement per change); everything else works inside the given tenant only: another
 * tenant's alert is never found, listed or dismissed.
 */
public interface DirectoryAlerts {

  /**
   * Raises the changes of a participant for every customer linked to it, in any tenant, naming the
   * customer by the participant's name; answers how many alerts were raised.
   */
  int raise(
      ParticipantId participantId, String customerName, List<RegistryChange> changes, Instant at);

  /** A page of the tenant's alerts of that status, newest first (then the latest raised first). */
  Page<Alert> list(TenantId tenantId, AlertStatus status, PageRequest page);

  /** The tenant's alert with that id. */
  Optional<Alert> find(TenantId tenantId, AlertId alertId);

  /** Marks the tenant's alert dismissed and answers it; empty when the tenant has no such alert. */
  Optional<Alert> dismiss(TenantId tenantId, AlertId alertId);
}
