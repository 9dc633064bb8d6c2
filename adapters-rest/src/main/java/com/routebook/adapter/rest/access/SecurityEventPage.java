package com.routebook.adapter.rest.access;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.application.port.Page;
import com.routebook.domain.access.SecurityEvent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of security events, newest first. */
@Schema(name = "SecurityEventPage")
public record SecurityEventPage(List<SecurityEventJson> items, int page, int size, long total) {

  public static SecurityEventPage from(Page<SecurityEvent> page) {
    return PageParams.answer(page, SecurityEventJson::from, SecurityEventPage::new);
  }
}
