package com.routebook.adapter.persistence.support;

import com.routebook.domain.customer.CustomerSnapshot;

/**
 * A customer snapshot as the audit history stores it: {@code
 * {"customerNumbers":["A-1"],"serviceProviderId":"...","state":"ACTIVE","participantId":"..."}}
 * (the participant only when the snapshot names it).
 */
public final class SnapshotJson {

  private SnapshotJson() {}

  /** The snapshot's JSON ({@code null} for none). */
  public static String write(CustomerSnapshot snapshot) {
    if (snapshot == null) {
      return null;
    }
    StringBuilder json = new StringBuilder("{\"customerNumbers\":");
    json.append(TextList.write(snapshot.customerNumbers())).append(",\"serviceProviderId\":");
    TextList.quote(snapshot.serviceProviderId().value(), json);
    json.append(",\"state\":");
    TextList.quote(snapshot.state().name(), json);
    if (snapshot.participantId() != null) {
      json.append(",\"participantId\":");
      TextList.quote(snapshot.participantId().value(), json);
    }
    return json.append('}').toString();
  }
}
