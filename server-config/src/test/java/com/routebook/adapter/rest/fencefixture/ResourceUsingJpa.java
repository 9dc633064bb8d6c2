package com.routebook.adapter.rest.fencefixture;

import jakarta.persistence.EntityManager;

/** A resource that queries the database itself. */
public class ResourceUsingJpa {
  EntityManager em;
}
