/**
 * Authentication of every request: HTTP Basic and API keys (Bearer) for the API, the sign-in form
 * and its session for the screens; the authenticated actor as the application's {@code
 * CurrentUser}; the first network administrator from the environment.
 */
package com.routebook.server.security;
