package com.routebook.adapter.rest.registry;

import com.routebook.adapter.rest.common.PageParams;
import com.routebook.application.port.Page;
import com.routebook.application.port.out.RegistrySearch.ParticipantSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of participants, sorted by name then id. */
@Schema(name = "ParticipantPage")
public record ParticipantPage(List<ParticipantResponse> items, int page, int size, long total) {

  public static ParticipantPage from(Page<ParticipantSummary> page) {
    return PageParams.answer(page, ParticipantResponse::from, ParticipantPage::new);
  }
}
