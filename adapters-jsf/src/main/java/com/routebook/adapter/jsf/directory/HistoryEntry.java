package com.routebook.adapter.jsf.directory;

import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.customer.CustomerSnapshot;
import java.io.Serializable;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** One line of a customer's history: when, who, what, and the customer before and after. */
public record HistoryEntry(String at, String actor, String actionKey, String before, String after)
    implements Serializable {

  private static final DateTimeFormatter AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  /** The entry of a change; provider ids are shown by name where the names are known. */
  public static HistoryEntry of(CustomerChange change, Map<String, String> providerNames) {
    return new HistoryEntry(
        AT.format(change.at()),
        change.actor(),
        "action." + change.action().name(),
        describe(change.before(), providerNames),
        describe(change.after(), providerNames));
  }

  private static String describe(CustomerSnapshot snapshot, Map<String, String> providerNames) {
    if (snapshot == null) {
      return "";
    }
    String provider = snapshot.serviceProviderId().value();
    return String.join(", ", snapshot.customerNumbers())
        + " · "
        + providerNames.getOrDefault(provider, provider)
        + " · "
        + snapshot.state();
  }

  public String getAt() {
    return at;
  }

  public String getActor() {
    return actor;
  }

  public String getActionKey() {
    return actionKey;
  }

  public String getBefore() {
    return before;
  }

  public String getAfter() {
    return after;
  }
}
