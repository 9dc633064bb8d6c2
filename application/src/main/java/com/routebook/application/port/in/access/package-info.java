/** Use cases of access: signing in, API keys, tenants and their users. */
package com.routebook.application.port.in.access;
