/**
 * System tests of the REST API (API.md) through HTTP, against the server the build starts: every
 * endpoint with its success and error answers, tenant isolation, and the seed article's flow.
 */
package it.rest;
