/**
 * What every area of the REST adapter shares: query parameters, pages, the JSON records more than
 * one area answers with (a document, an identifier, a service provider), and the JSON text the
 * hand-written writers of the hot paths write through ({@link
 * com.routebook.adapter.rest.common.JsonText}).
 */
package com.routebook.adapter.rest.common;
