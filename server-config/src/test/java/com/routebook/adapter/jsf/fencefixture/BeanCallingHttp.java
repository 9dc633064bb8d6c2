package com.routebook.adapter.jsf.fencefixture;

import jakarta.ws.rs.client.Client;

/** A screen bean that calls the REST API instead of the ports. */
public class BeanCallingHttp {
  Client client;
}
