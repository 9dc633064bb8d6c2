package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.JsonText;
import com.routebook.adapter.rest.common.JsonTextWriter;
import com.routebook.adapter.rest.common.ServiceProviderJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Writes a page of the directory's search ({@link CustomerPage}) straight to the response as UTF-8
 * JSON bytes, the same JSON as JSON-B writes with the API's configuration (members in the records'
 * order, {@code null} members written, the same escapes). A search is a hot path whose every call
 * answers a page: JSON-B's provider was 16% of the server's samples of an exact search, about half
 * of it JSON-B's reflection and per-object bookkeeping (Flight Recorder, 2026-12-05). {@code
 * CustomerPageJsonWriterTest} compares the output with JSON-B's.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class CustomerPageJsonWriter extends JsonTextWriter<CustomerPage> {

  private static final byte[] ID = JsonText.name("id");
  private static final byte[] NAME = JsonText.name("name");
  private static final byte[] PARTICIPANT_ID = JsonText.name("participantId");
  private static final byte[] E_ADDRESS = JsonText.name("eAddress");
  private static final byte[] ORGANIZATION_NUMBER = JsonText.name("organizationNumber");
  private static final byte[] VAT_NUMBER = JsonText.name("vatNumber");
  private static final byte[] CUSTOMER_NUMBERS = JsonText.name("customerNumbers");
  private static final byte[] SERVICE_PROVIDER = JsonText.name("serviceProvider");
  private static final byte[] STATE = JsonText.name("state");
  private static final byte[] NON_EXISTING = JsonText.name("nonExisting");
  private static final byte[] VERSION = JsonText.name("version");
  private static final byte[] WARNINGS = JsonText.name("warnings");

  public CustomerPageJsonWriter() {
    super(CustomerPage.class);
  }

  @Override
  protected void write(CustomerPage page, JsonText json) throws IOException {
    json.page(
        page.items(), CustomerPageJsonWriter::customer, page.page(), page.size(), page.total());
  }

  private static void customer(CustomerSummary customer, JsonText json) throws IOException {
    json.member(ID, customer.id());
    json.member(NAME, customer.name());
    json.member(PARTICIPANT_ID, customer.participantId());
    json.member(E_ADDRESS, customer.eAddress());
    json.member(ORGANIZATION_NUMBER, customer.organizationNumber());
    json.member(VAT_NUMBER, customer.vatNumber());
    json.strings(CUSTOMER_NUMBERS, customer.customerNumbers());
    json.object(SERVICE_PROVIDER, customer.serviceProvider(), ServiceProviderJson::members);
    json.member(STATE, customer.state());
    json.member(NON_EXISTING, customer.nonExisting());
    json.member(VERSION, customer.version());
    json.strings(WARNINGS, customer.warnings());
  }
}
