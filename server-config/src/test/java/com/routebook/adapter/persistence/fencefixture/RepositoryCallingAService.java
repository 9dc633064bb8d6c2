package com.routebook.adapter.persistence.fencefixture;

import com.routebook.application.service.directory.CustomerDirectoryService;

/** A repository that goes around the ports into a service. */
public class RepositoryCallingAService {
  CustomerDirectoryService service;
}
