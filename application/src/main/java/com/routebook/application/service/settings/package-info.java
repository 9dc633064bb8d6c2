/** The tenant settings' use cases. */
package com.routebook.application.service.settings;
