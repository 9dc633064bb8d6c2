package com.routebook.adapter.persistence.support.fencefixture;

import com.routebook.adapter.persistence.directory.JpaCustomerDirectory;

/** Shared code of the persistence adapter that depends on one of its areas. */
public class SupportReachingIntoDirectory {
  JpaCustomerDirectory directory;
}
