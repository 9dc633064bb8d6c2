/**
 * Routing rules: which recipient, E-address and service provider a document goes to, or why it is
 * stopped, decided from its references in priority order.
 */
package com.routebook.domain.routing;
