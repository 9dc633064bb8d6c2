package com.routebook.domain.fencefixture;

import jakarta.persistence.EntityManager;

/** A domain class that reaches for JPA. */
public class DomainUsingJpa {
  EntityManager em;
}
