package com.routebook.adapter.jsf.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoginBeanTest {

  @ParameterizedTest
  @ValueSource(strings = {"/customers.xhtml", "/customer.xhtml?id=c-1", "/stopped-documents.xhtml"})
  void goesOnToAPageOfThisApplication(String next) {
    assertThat(LoginBean.isSafeNext(next)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "//evil.example/x",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "customers.xhtml",
        "/",
        "/login.xhtml"
      })
  void neverGoesOnToAnotherSiteOrBackToSignIn(String next) {
    assertThat(LoginBean.isSafeNext(next)).isFalse();
  }
}
