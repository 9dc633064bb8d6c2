/** Use cases of routing: test routing, route documents, and handle stopped documents. */
package com.routebook.application.port.in.routing;
