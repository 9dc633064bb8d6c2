package com.routebook.adapter.persistence.fencefixture;

import jakarta.ws.rs.core.Response;

/** A repository that speaks HTTP. */
public class RepositoryAnsweringHttp {
  Response answer() {
    return Response.ok().build();
  }
}
