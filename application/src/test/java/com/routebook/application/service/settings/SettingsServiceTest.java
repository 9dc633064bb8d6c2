package com.routebook.application.service.settings;

import static com.routebook.application.fixture.CustomerFixture.TENANT_A;
import static com.routebook.application.fixture.CustomerFixture.TENANT_B;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.routebook.application.fake.InMemoryCurrentUser;
import com.routebook.application.fixture.TestWorld;
import com.routebook.application.port.in.settings.ChangeDirectoryModeUseCase.ChangeDirectoryModeCommand;
import com.routebook.domain.ForbiddenException;
import com.routebook.domain.routing.DirectoryMode;
import org.junit.jupiter.api.Test;

class SettingsServiceTest {

  private final TestWorld world = new TestWorld();
  private final SettingsService service = world.settingsService;

  @Test
  void a_directory_is_open_until_an_editor_closes_it_for_its_own_tenant_only() {
    assertThat(service.directoryMode()).isEqualTo(DirectoryMode.OPEN);

    assertThat(service.changeDirectoryMode(new ChangeDirectoryModeCommand(DirectoryMode.CLOSED)))
        .isEqualTo(DirectoryMode.CLOSED);

    assertThat(service.directoryMode()).isEqualTo(DirectoryMode.CLOSED);
    assertThat(world.settings.directoryMode(TENANT_B)).isEqualTo(DirectoryMode.OPEN);
  }

  @Test
  void a_viewer_reads_but_may_not_change_the_mode_and_an_administrator_neither() {
    world.signedInAs(InMemoryCurrentUser.viewer(TENANT_A));
    assertThat(service.directoryMode()).isEqualTo(DirectoryMode.OPEN);
    assertThatThrownBy(
            () -> service.changeDirectoryMode(new ChangeDirectoryModeCommand(DirectoryMode.CLOSED)))
        .isInstanceOf(ForbiddenException.class);

    world.signedInAs(InMemoryCurrentUser.networkAdmin());
    assertThatThrownBy(service::directoryMode).isInstanceOf(ForbiddenException.class);
  }
}
