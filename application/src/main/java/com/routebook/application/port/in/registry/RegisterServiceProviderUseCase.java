package com.routebook.application.port.in.registry;

import com.routebook.domain.participant.ServiceProvider;

/** Adds a service provider to the network (network administrator). */
public interface RegisterServiceProviderUseCase {

  /** The new provider. */
  ServiceProvider register(String name);
}
