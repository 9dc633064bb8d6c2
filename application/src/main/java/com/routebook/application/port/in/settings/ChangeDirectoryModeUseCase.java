package com.routebook.application.port.in.settings;

import com.routebook.domain.routing.DirectoryMode;
import java.util.Objects;

/** Opens or closes the caller's directory for registry matches (editor). */
public interface ChangeDirectoryModeUseCase {

  /** The mode now in force. */
  DirectoryMode changeDirectoryMode(ChangeDirectoryModeCommand command);

  /** The new mode. */
  record ChangeDirectoryModeCommand(DirectoryMode directoryMode) {
    public ChangeDirectoryModeCommand {
      Objects.requireNonNull(directoryMode, "directoryMode");
    }
  }
}
