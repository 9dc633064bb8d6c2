/**
 * System tests: the real WAR on the Liberty server that the build starts (REST through an HTTP
 * client, screens through Chromium, Arquillian in the server) and the architecture rules.
 */
package it;
