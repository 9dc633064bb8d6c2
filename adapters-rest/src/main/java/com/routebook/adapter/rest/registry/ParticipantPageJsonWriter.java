package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.IdentifierJson;
import com.routebook.adapter.rest.common.JsonText;
import com.routebook.adapter.rest.common.JsonTextWriter;
import com.routebook.adapter.rest.common.ProviderOptionJson;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * Writes a page of the registry's search ({@link ParticipantPage}) straight to the response as
 * UTF-8 JSON bytes, the same JSON as JSON-B writes with the API's configuration, as {@code
 * CustomerPageJsonWriter} writes the directory's. {@code ParticipantPageJsonWriterTest} compares
 * the output with JSON-B's.
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantPageJsonWriter extends JsonTextWriter<ParticipantPage> {

  private static final byte[] ID = JsonText.name("id");
  private static final byte[] NAME = JsonText.name("name");
  private static final byte[] COUNTRY = JsonText.name("country");
  private static final byte[] E_ADDRESS = JsonText.name("eAddress");
  private static final byte[] IDENTIFIERS = JsonText.name("identifiers");
  private static final byte[] SCHEME = JsonText.name("scheme");
  private static final byte[] VALUE = JsonText.name("value");
  private static final byte[] SERVICE_PROVIDERS = JsonText.name("serviceProviders");
  private static final byte[] DEFAULT = JsonText.name("default");
  private static final byte[] STATUS = JsonText.name("status");
  private static final byte[] WARNINGS = JsonText.name("warnings");

  public ParticipantPageJsonWriter() {
    super(ParticipantPage.class);
  }

  @Override
  protected void write(ParticipantPage page, JsonText json) throws IOException {
    json.page(
        page.items(),
        ParticipantPageJsonWriter::participant,
        page.page(),
        page.size(),
        page.total());
  }

  private static void participant(ParticipantResponse participant, JsonText json)
      throws IOException {
    json.member(ID, participant.id());
    json.member(NAME, participant.name());
    json.member(COUNTRY, participant.country());
    json.member(E_ADDRESS, participant.eAddress());
    json.objects(IDENTIFIERS, participant.identifiers(), ParticipantPageJsonWriter::identifier);
    json.objects(
        SERVICE_PROVIDERS, participant.serviceProviders(), ParticipantPageJsonWriter::option);
    json.member(STATUS, participant.status());
    json.strings(WARNINGS, participant.warnings());
  }

  /** An identifier's members in JSON-B's default (lexicographic) order. */
  private static void identifier(IdentifierJson identifier, JsonText json) throws IOException {
    json.member(SCHEME, identifier.scheme());
    json.member(VALUE, identifier.value());
  }

  /** A provider option's members in JSON-B's default (lexicographic) order of their names. */
  private static void option(ProviderOptionJson option, JsonText json) throws IOException {
    json.member(DEFAULT, option.isDefault());
    json.member(ID, option.id());
    json.member(NAME, option.name());
  }
}
