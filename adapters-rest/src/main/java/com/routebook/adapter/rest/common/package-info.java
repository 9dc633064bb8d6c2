/** What every area of the REST adapter shares: query parameters, pages and small JSON records. */
package com.routebook.adapter.rest.common;
