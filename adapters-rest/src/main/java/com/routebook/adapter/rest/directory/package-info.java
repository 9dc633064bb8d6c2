/** The tenant's customer directory over HTTP: search, read, add, change and delete customers. */
package com.routebook.adapter.rest.directory;
