/** The customer directory's use cases, implemented over the directory, registry and audit ports. */
package com.routebook.application.service.directory;
