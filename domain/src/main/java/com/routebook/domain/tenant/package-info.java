/** Tenants (the sending companies that own a customer directory), roles and the acting user. */
package com.routebook.domain.tenant;
