package com.routebook.server.fencefixture;

import jakarta.ws.rs.Path;

/** A REST resource in the server module. */
@Path("stray")
public class ServerWithARestResource {}
