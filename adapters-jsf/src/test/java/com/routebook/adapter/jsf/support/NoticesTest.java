package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.application.FacesMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticesTest {

  private final Map<String, Object> session = new HashMap<>();

  @Test
  void keptMessagesAreTakenOnceByTheirKeyOnly() {
    String first = Notices.keep(session, List.of("", "0", "Acme AB was added."));
    String second = Notices.keep(session, List.of("form:numbers", "2", "Taken."));

    assertThat(first).matches("[A-Za-z0-9_-]{22}").isNotEqualTo(second);
    assertThat(Notices.take(session, second)).containsExactly("form:numbers", "2", "Taken.");
    assertThat(Notices.take(session, second)).isEmpty();
    assertThat(Notices.take(session, first)).containsExactly("", "0", "Acme AB was added.");
    assertThat(session).isEmpty();
  }

  @Test
  void aKeyNotMadeByKeepTakesNothingAndLeavesTheSessionAlone() {
    session.put("com.routebook.notice.x", List.of("", "0", "not a notice"));
    session.put("other", "value");

    assertThat(Notices.take(session, "x")).isEmpty();
    assertThat(Notices.take(session, null)).isEmpty();
    assertThat(Notices.take(session, "../../aaaaaaaaaaaaaaaaaa")).isEmpty();
    assertThat(Notices.take(session, "AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(session).containsOnlyKeys("com.routebook.notice.x", "other");
  }

  @Test
  void everySeverityComesBackFromItsKeptOrdinal() {
    for (FacesMessage.Severity severity :
        List.of(
            FacesMessage.SEVERITY_INFO,
            FacesMessage.SEVERITY_WARN,
            FacesMessage.SEVERITY_ERROR,
            FacesMessage.SEVERITY_FATAL)) {
      assertThat(Notices.severity(String.valueOf(severity.getOrdinal()))).isSameAs(severity);
    }
  }

  @Test
  void theKeyJoinsTheOutcomesQuery() {
    assertThat(Notices.naming("/customer.xhtml?faces-redirect=true&id=c-1", "k"))
        .isEqualTo("/customer.xhtml?faces-redirect=true&id=c-1&notice=k");
    assertThat(Notices.naming("/customers.xhtml", "k")).isEqualTo("/customers.xhtml?notice=k");
  }
}
