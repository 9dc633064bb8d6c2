package com.routebook.adapter.rest.directory;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.application.port.Page;
import com.routebook.domain.alert.Alert;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of alerts, newest first. */
@Schema(name = "AlertPage")
public record AlertPage(List<AlertJson> items, int page, int size, long total) {

  public static AlertPage from(Page<Alert> page) {
    return PageParams.answer(page, AlertJson::from, AlertPage::new);
  }
}
