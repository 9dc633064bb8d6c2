package com.routebook.adapter.rest.fencefixture;

import com.routebook.adapter.jsf.registry.RegistryBean;

/** A resource that depends on another adapter. */
public class ResourceUsingTheScreens {
  RegistryBean bean;
}
