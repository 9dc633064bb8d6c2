/**
 * Access over HTTP: a tenant's API keys, and tenants and their users for network administrators.
 */
package com.routebook.adapter.rest.access;
