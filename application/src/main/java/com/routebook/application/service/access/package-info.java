/**
 * Services of access: signing in with throttling, password hashing, API keys, and the
 * administration of tenants and their users.
 */
package com.routebook.application.service.access;
