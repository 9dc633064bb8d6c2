package com.routebook.adapter.persistence.fencefixture;

import com.routebook.adapter.persistence.registry.JpaParticipantRegistry;

/** An area of the persistence adapter that uses the registry area's classes. */
public class AreaReachingIntoRegistry {
  JpaParticipantRegistry registry;
}
