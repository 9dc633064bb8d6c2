package com.routebook.adapter.rest.fencefixture;

import com.routebook.adapter.rest.routing.RoutingResource;

/** An area of the REST adapter that uses the routing area's classes. */
public class AreaReachingIntoRouting {
  RoutingResource routing;
}
