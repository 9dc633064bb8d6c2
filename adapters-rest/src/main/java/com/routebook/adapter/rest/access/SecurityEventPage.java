package com.routebook.adapter.rest.access;

import com.routebook.application.port.Page;
import com.routebook.domain.access.SecurityEvent;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of security events, newest first. */
@Schema(name = "SecurityEventPage")
public record SecurityEventPage(List<SecurityEventJson> items, int page, int size, long total) {

  public static SecurityEventPage from(Page<SecurityEvent> page) {
    return new SecurityEventPage(
        page.items().stream().map(SecurityEventJson::from).toList(),
        page.page(),
        page.size(),
        page.total());
  }
}
