package com.routebook.adapter.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The Routebook REST API, version 1, under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Routebook API",
            version = "1",
            description =
                "Customer directory and invoice routing for an e-invoicing network. Errors are"
                    + " RFC 9457 problem details (application/problem+json) with a stable code."
                    + " Another tenant's id answers 404. Changes to a customer need the ETag"
                    + " read in If-Match (428 without, 412 when stale)."),
    servers = @Server(url = "/"),
    security = {
      @SecurityRequirement(name = RestApplication.BASIC),
      @SecurityRequirement(name = RestApplication.BEARER)
    },
    tags = {
      @Tag(name = "Customer directory"),
      @Tag(name = "Public customer registry"),
      @Tag(name = "Routing and documents"),
      @Tag(name = "Settings"),
      @Tag(name = "API keys"),
      @Tag(name = "Administration")
    })
@SecurityScheme(
    securitySchemeName = RestApplication.BASIC,
    type = SecuritySchemeType.HTTP,
    scheme = "basic",
    description = "users: username and password")
@SecurityScheme(
    securitySchemeName = RestApplication.BEARER,
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    description = "machine clients: Authorization: Bearer <API key secret> (tenant editor)")
public class RestApplication extends Application {

  /** Name of the HTTP Basic security scheme. */
  public static final String BASIC = "basicAuth";

  /** Name of the API key (bearer) security scheme. */
  public static final String BEARER = "apiKey";
}
