/**
 * What every area of the REST adapter shares: query parameters, pages and the JSON records more
 * than one area answers with (a document, an identifier, a service provider).
 */
package com.routebook.adapter.rest.common;
