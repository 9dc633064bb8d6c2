/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): the {@link
 * com.routebook.adapter.rest.problem.Problem} body and the exception mappers that turn domain
 * errors, malformed requests and unexpected failures into it, never into a stack trace.
 */
package com.routebook.adapter.rest.problem;
