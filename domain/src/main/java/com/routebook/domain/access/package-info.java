/**
 * Who may sign in: tenants, their users and the API keys of machine clients. Credentials are kept
 * only as hashes.
 */
package com.routebook.domain.access;
