/**
 * System tests of the security requirements, one class per requirement of OWASP ASVS 5.0 (level 2),
 * named for it (e.g. {@code V3_4_SecurityHeadersIT} proves V3.4.x), on the server the build starts.
 */
package it.security;
