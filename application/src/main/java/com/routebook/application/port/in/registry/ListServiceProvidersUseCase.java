package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.ServiceProvider;
import java.util.List;

/** Lists the network's service providers (any authenticated user). */
public interface ListServiceProvidersUseCase {

  /** Every provider, sorted by name then id. */
  List<ServiceProvider> list();
}
