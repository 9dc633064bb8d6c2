/** Use cases of a tenant's customer directory: search, read, add, change, delete, history. */
package com.routebook.application.port.in.directory;
