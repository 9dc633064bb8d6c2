package com.routebook.application.port.in.settings;

import com.routebook.domain.routing.DirectoryMode;

/** Reads the caller's directory mode (viewer). */
public interface GetDirectoryModeUseCase {

  /** OPEN unless the tenant closed its directory. */
  DirectoryMode directoryMode();
}
