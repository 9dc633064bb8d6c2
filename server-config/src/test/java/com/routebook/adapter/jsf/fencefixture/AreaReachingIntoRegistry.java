package com.routebook.adapter.jsf.fencefixture;

import com.routebook.adapter.jsf.registry.RegistryBean;

/** An area of the screens that uses the registry screen's bean. */
public class AreaReachingIntoRegistry {
  RegistryBean registry;
}
