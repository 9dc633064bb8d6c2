package com.routebook.application.port.fencefixture;

import com.routebook.application.service.directory.CustomerDirectoryService;

/** A port that names a service. */
public interface PortUsingAService {
  CustomerDirectoryService service();
}
