/** Routing over HTTP: test routing, route documents (one or many), stopped documents. */
package com.routebook.adapter.rest.routing;
