/**
 * Routing: the resolver that loads what the routing rules need in a fixed number of queries, and
 * the documents' use cases built on it.
 */
package com.routebook.application.service.routing;
