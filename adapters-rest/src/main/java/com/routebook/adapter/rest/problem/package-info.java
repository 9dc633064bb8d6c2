/**
 * Errors as RFC 9457 problem details ({@code application/problem+json}): the {@link
 * com.routebook.adapter.rest.problem.Problem} body and the exception mappers that turn domain
 * errors, malformed requests and unexpected failures into it, never into a stack trace; and the
 * API's language, {@link com.routebook.adapter.rest.problem.ApiTexts}: the English texts of the
 * domain's error catalogue and stop reasons ({@code texts.properties}) and the API field that names
 * each part of an input.
 */
package com.routebook.adapter.rest.problem;
