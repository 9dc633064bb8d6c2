package com.routebook.application.fake;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.DirectoryAlerts;
import com.routebook.domain.alert.Alert;
import com.routebook.domain.alert.AlertId;
import com.routebook.domain.alert.AlertStatus;
import com.routebook.domain.alert.RegistryChange;
import com.routebook.domain.customer.Customer;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directories' alerts in memory, raised for the customers the in-memory directory holds. */
public class InMemoryDirectoryAlerts implements DirectoryAlerts {

  private final InMemoryCustomerDirectory directory;
  private final Map<AlertId, Alert> alerts = new LinkedHashMap<>();
  private final Map<AlertId, Long> raisedOrder = new LinkedHashMap<>();
  private long raised;

  public InMemoryDirectoryAlerts(InMemoryCustomerDirectory directory) {
    this.directory = directory;
  }

  @Override
  public synchronized int raise(
      ParticipantId participantId, String customerName, List<RegistryChange> changes, Instant at) {
    int count = 0;
    for (RegistryChange change : changes) {
      for (Customer customer : directory.holding(participantId)) {
        AlertId id = new AlertId(Long.toString(++raised));
        alerts.put(
            id,
            new Alert(
                id,
                customer.tenantId(),
                customer.id(),
                customerName,
                at,
                change.kind(),
                change.detail(),
                AlertStatus.OPEN));
        raisedOrder.put(id, raised);
        count++;
      }
    }
    return count;
  }

  @Override
  public synchronized Page<Alert> list(TenantId tenantId, AlertStatus status, PageRequest page) {
    List<Alert> rows =
        new ArrayList<>(
            alerts.values().stream()
                .filter(a -> a.tenantId().equals(tenantId) && a.status() == status)
                .sorted(
                    Comparator.comparing(Alert::at)
                        .thenComparing(a -> raisedOrder.get(a.id()))
                        .reversed())
                .toList());
    return Page.of(rows, page);
  }

  @Override
  public synchronized Optional<Alert> find(TenantId tenantId, AlertId alertId) {
    return Optional.ofNullable(alerts.get(alertId)).filter(a -> a.tenantId().equals(tenantId));
  }

  @Override
  public synchronized Optional<Alert> dismiss(TenantId tenantId, AlertId alertId) {
    Optional<Alert> dismissed = find(tenantId, alertId).map(Alert::dismissed);
    dismissed.ifPresent(a -> alerts.put(a.id(), a));
    return dismissed;
  }
}
