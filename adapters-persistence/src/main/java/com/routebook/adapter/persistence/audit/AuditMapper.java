package com.routebook.adapter.persistence.audit;

import com.routebook.adapter.persistence.support.SnapshotJson;
import com.routebook.adapter.persistence.support.TextList;
import com.routebook.domain.customer.CustomerAction;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerId;
import com.routebook.domain.customer.CustomerSnapshot;
import com.routebook.domain.customer.CustomerState;
import com.routebook.domain.participant.ParticipantId;
import com.routebook.domain.participant.ServiceProviderId;
import com.routebook.domain.tenant.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between changes and audit rows. A snapshot is stored as {@code
 * {"customerNumbers":["A-1"],"serviceProviderId":"...","state":"ACTIVE"}}.
 */
final class AuditMapper {

  private AuditMapper() {}

  static AuditEntryEntity toEntity(CustomerChange change) {
    AuditEntryEntity entity = new AuditEntryEntity();
    entity.tenantId = change.tenantId().value();
    entity.customerId = change.customerId().value();
    entity.action = change.action().name();
    entity.actor = change.actor();
    entity.changedAt = change.at();
    entity.beforeState = write(change.before());
    entity.afterState = write(change.after());
    return entity;
  }

  static CustomerChange toDomain(AuditEntryEntity entity) {
    return new CustomerChange(
        new TenantId(entity.tenantId),
        new CustomerId(entity.customerId),
        CustomerAction.valueOf(entity.action),
        entity.actor,
        entity.changedAt,
        read(entity.beforeState),
        read(entity.afterState));
  }

  static String write(CustomerSnapshot snapshot) {
    return SnapshotJson.write(snapshot);
  }

  static CustomerSnapshot read(String json) {
    if (json == null) {
      return null;
    }
    TextList.Reader reader = new TextList.Reader(json);
    Map<String, Object> fields = new HashMap<>();
    reader.expect('{');
    while (true) {
      String name = reader.string();
      reader.expect(':');
      fields.put(name, reader.peek() == '[' ? reader.stringArray() : reader.string());
      if (reader.peek() == '}') {
        reader.expect('}');
        break;
      }
      reader.expect(',');
    }
    reader.end();
    @SuppressWarnings("unchecked")
    List<String> numbers = (List<String>) fields.get("customerNumbers");
    return new CustomerSnapshot(
        numbers,
        new ServiceProviderId((String) fields.get("serviceProviderId")),
        CustomerState.valueOf((String) fields.get("state")),
        fields.get("participantId") == null
            ? null
            : new ParticipantId((String) fields.get("participantId")));
  }
}
