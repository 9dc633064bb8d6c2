package com.routebook.adapter.jsf.settings;

import com.routebook.adapter.jsf.support.Feedback;
import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase;
import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase.ChangeDirectoryModeCommand;
import com.routebook.application.port.in.settings.GetDirectoryModeUseCase;
import com.routebook.domain.DomainException;
import com.routebook.domain.routing.DirectoryMode;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Directory settings: whether a document matched in the public registry may reach any participant
 * (open) or only the tenant's customers (closed).
 */
@Named("directorySettings")
@ViewScoped
public class DirectorySettingsBean implements Serializable {

  private static final long serialVersionUID = 1L;

  private GetDirectoryModeUseCase getMode;
  private ChangeDirectoryModeUseCase changeMode;
  private Feedback feedback;

  private String mode;

  /** For the CDI proxy only. */
  protected DirectorySettingsBean() {}

  @Inject
  public DirectorySettingsBean(
      GetDirectoryModeUseCase getMode, ChangeDirectoryModeUseCase changeMode, Feedback feedback) {
    this.getMode = getMode;
    this.changeMode = changeMode;
    this.feedback = feedback;
  }

  /** Reads the mode in force when the page opens. */
  public void open() {
    if (mode == null) {
      try {
        mode = getMode.directoryMode().name();
      } catch (DomainException e) {
        feedback.report(e);
      }
    }
  }

  /** Saves the chosen mode. */
  public void save() {
    try {
      mode =
          changeMode
              .changeDirectoryMode(new ChangeDirectoryModeCommand(DirectoryMode.valueOf(mode)))
              .name();
      feedback.info("directorySettings.saved");
    } catch (DomainException e) {
      feedback.report(e);
    }
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }
}
