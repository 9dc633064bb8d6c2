/** Use cases of the tenant's settings: the directory mode (open or closed). */
package com.routebook.application.port.in.settings;
