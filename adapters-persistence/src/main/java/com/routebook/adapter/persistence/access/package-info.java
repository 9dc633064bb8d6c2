/** Tenants, user accounts and API keys in the database (credentials only as hashes). */
package com.routebook.adapter.persistence.access;
