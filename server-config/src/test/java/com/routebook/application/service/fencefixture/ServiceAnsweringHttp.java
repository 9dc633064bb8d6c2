package com.routebook.application.service.fencefixture;

import jakarta.ws.rs.core.Response;

/** A service that answers with an HTTP response. */
public class ServiceAnsweringHttp {
  Response answer() {
    return Response.ok().build();
  }
}
