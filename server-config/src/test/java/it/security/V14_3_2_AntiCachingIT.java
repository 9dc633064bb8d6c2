package it.security;

import static it.security.Http.base;
import static it.security.Http.demo;
import static it.security.Http.get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * ASVS 5.0 V14.3.2 (anti-caching): screens and API answers, which carry a user's data, are never
 * stored by a browser or a proxy ({@code Cache-Control: no-store}); static resources, the same for
 * everyone, may be.
 */
class V14_3_2_AntiCachingIT {

  @Test
  void screens_and_api_answers_are_never_stored() {
    for (HttpResponse<String> answer :
        List.of(
            get(base() + "/login.xhtml", null),
            get(base() + "/api/v1/customers", demo("demo-editor")),
            get(base() + "/api/v1/registry/participants?q=*", demo("demo-viewer")),
            get(base() + "/api/v1/customers", null))) {
      assertThat(answer.headers().allValues("Cache-Control"))
          .as(answer.uri().toString())
          .anyMatch(value -> value.contains("no-store"));
    }
  }

  @Test
  void static_resources_may_be_cached() {
    HttpResponse<String> style =
        get(base() + "/jakarta.faces.resource/app.css.xhtml?ln=routebook", null);

    assertThat(style.statusCode()).isEqualTo(200);
    assertThat(style.headers().allValues("Cache-Control")).noneMatch(v -> v.contains("no-store"));
  }
}
