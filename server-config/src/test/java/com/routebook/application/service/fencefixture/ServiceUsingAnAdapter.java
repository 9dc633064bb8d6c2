package com.routebook.application.service.fencefixture;

import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;

/** A service that uses an adapter instead of its port. */
public class ServiceUsingAnAdapter {
  JpaCustomerDirectory directory;
}
