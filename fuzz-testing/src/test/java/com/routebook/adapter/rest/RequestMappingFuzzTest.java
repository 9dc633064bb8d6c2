package com.routebook.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.routebook.adapter.rest.access.NewApiKeyRequest;
import com.routebook.adapter.rest.access.NewUserRequest;
import com.routebook.adapter.rest.common.DocumentReferenceJson;
import com.routebook.adapter.rest.common.RequestLimits;
import com.routebook.adapter.rest.directory.AddCustomerRequest;
import com.routebook.adapter.rest.directory.CustomerNumbersRequest;
import com.routebook.adapter.rest.problem.ProblemException;
import com.routebook.adapter.rest.registry.ParticipantRequest;
import com.routebook.adapter.rest.routing.ResendRequest;
import com.routebook.adapter.rest.routing.RouteDocumentsRequest;
import com.routebook.adapter.rest.settings.SettingsJson;
import com.routebook.domain.DomainException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;

/**
 * The JSON request mapping of the API, given any body: the limits' check reads it or refuses it as
 * malformed (400), and what it let through JSON-B binds to each request type with the API's
 * configuration or refuses it (400), and what was bound is mapped to the domain's input or refused
 * as the API refuses (422: a {@link ProblemException} or a {@link DomainException}). Any other
 * exception would be a 500: a finding. The package-private mappers of the resources are reached by
 * reflection, as the resources call them.
 */
class RequestMappingFuzzTest {

  private static final Jsonb JSONB = new JsonbConfiguration().getContext(Object.class);

  private static final Class<?>[] BODIES = {
    AddCustomerRequest.class,
    CustomerNumbersRequest.class,
    ParticipantRequest.class,
    RouteDocumentsRequest.class,
    DocumentReferenceJson.class,
    ResendRequest.class,
    NewUserRequest.class,
    SettingsJson.class,
    NewApiKeyRequest.class
  };

  @FuzzTest(maxDuration = "5s")
  void requestBodies(FuzzedDataProvider data) throws Exception {
    Class<?> type = BODIES[data.consumeInt(0, BODIES.length - 1)];
    byte[] body = data.consumeRemainingAsBytes();
    try {
      RequestLimits.longStrings(body);
    } catch (ProblemException refused) {
      assertThat(refused.problem().status()).isEqualTo(400);
      return; // as the server does: not well-formed JSON never reaches JSON-B
    }
    Object bound;
    try {
      bound = JSONB.fromJson(new String(body, StandardCharsets.UTF_8), type);
    } catch (JsonbException malformed) {
      if (readByStreaming(type)) {
        assertThatThrownBy(() -> streamingRead(type, body))
            .isInstanceOf(JsonbException.class)
            .hasMessage(malformed.getMessage());
      }
      return; // 400
    }
    if (readByStreaming(type)) {
      assertThat(streamingRead(type, body)).isEqualTo(bound);
    }
    if (bound == null) {
      return; // the body "null": the resources answer MALFORMED_REQUEST
    }
    try {
      map(bound);
    } catch (ProblemException | DomainException refused) {
      assertThat(refused.getMessage()).isNotNull();
    }
  }

  /** Routing's bodies are read by {@code routing.DocumentJsonReader}, which must bind as JSON-B. */
  private static boolean readByStreaming(Class<?> type) {
    return type == RouteDocumentsRequest.class || type == DocumentReferenceJson.class;
  }

  private static Object streamingRead(Class<?> type, byte[] body) throws Exception {
    return call(
        Class.forName("com.routebook.adapter.rest.routing.DocumentJsonReader"),
        "read",
        null,
        new Class<?>[] {Class.class, byte[].class},
        type,
        body);
  }

  /** What the resources do with a bound body before the use case sees it. */
  private static void map(Object bound) throws Exception {
    if (bound instanceof AddCustomerRequest add) {
      numbers(add.customerNumbers());
    } else if (bound instanceof CustomerNumbersRequest numbers) {
      numbers(numbers.customerNumbers());
    } else if (bound instanceof ParticipantRequest participant) {
      call(ParticipantRequest.class, "toData", participant, new Class<?>[0]);
    } else if (bound instanceof RouteDocumentsRequest documents) {
      call(
          Class.forName("com.routebook.adapter.rest.routing.DocumentReferences"),
          "parse",
          null,
          new Class<?>[] {java.util.List.class},
          documents.documents());
    } else if (bound instanceof DocumentReferenceJson reference) {
      reference.toDomain();
    } else if (bound instanceof NewApiKeyRequest key) {
      key.scopeSet();
      key.expiry();
    }
  }

  private static void numbers(Object json) throws Exception {
    call(
        Class.forName("com.routebook.adapter.rest.directory.CustomerNumbersInput"),
        "parse",
        null,
        new Class<?>[] {Object.class},
        json);
  }

  private static Object call(
      Class<?> owner, String name, Object target, Class<?>[] parameters, Object... arguments)
      throws Exception {
    Method method = owner.getDeclaredMethod(name, parameters);
    method.setAccessible(true);
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
