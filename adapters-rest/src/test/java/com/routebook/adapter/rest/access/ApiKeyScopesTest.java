package com.routebook.adapter.rest.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.routebook.domain.access.ApiKeyScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyScopesTest {

  @ParameterizedTest
  @CsvSource({
    "routing/test, POST, ROUTING",
    "/documents, GET, ROUTING",
    "documents/d-1/resend, POST, ROUTING",
    "documents/d-1, DELETE, ROUTING",
    "customers, GET, DIRECTORY_READ",
    "customers/c-1/history, GET, DIRECTORY_READ",
    "customers/export, HEAD, DIRECTORY_READ",
    "customers, POST, DIRECTORY_WRITE",
    "customers/c-1/customer-numbers, PUT, DIRECTORY_WRITE",
    "customers/imports, POST, DIRECTORY_WRITE",
    "registry/participants, GET, DIRECTORY_READ",
    "registry/participants, POST, DIRECTORY_WRITE",
    "settings, GET, DIRECTORY_READ",
    "settings, PUT, DIRECTORY_WRITE",
    "alerts, get, DIRECTORY_READ",
    "alerts/a-1/dismiss, POST, DIRECTORY_WRITE",
    "api-keys, GET, KEYS",
    "/api-keys/k-1, DELETE, KEYS",
  })
  void each_area_and_method_needs_its_scope(String path, String method, ApiKeyScope scope) {
    assertThat(ApiKeyScopes.needed(path, method)).contains(scope);
  }

  @ParameterizedTest
  @CsvSource({
    "admin/tenants, GET",
    "admin/security-events, GET",
    "me/password, PUT",
    "customersx, GET",
    "'', GET",
  })
  void any_other_call_is_for_users_only(String path, String method) {
    assertThat(ApiKeyScopes.needed(path, method)).isEmpty();
  }
}
