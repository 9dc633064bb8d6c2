package com.routebook.application.port.in.access;

import com.routebook.application.port.Page;
import com.routebook.application.port.PageRequest;
import com.routebook.application.port.out.SecurityEventLog.EventFilter;
import com.routebook.domain.access.SecurityEvent;

/** Network administrators read the security event log, newest first. */
public interface ReadSecurityEventsUseCase {

  /**
   * A page of the events that pass the filter, newest first.
   *
   * @throws com.routebook.domain.ForbiddenException for anyone but a network administrator
   */
  Page<SecurityEvent> find(EventFilter filter, PageRequest page);
}
