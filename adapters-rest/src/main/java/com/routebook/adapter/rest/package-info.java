/**
 * The REST adapter: the JAX-RS API under {@code /api/v1} that translates HTTP requests into the
 * application's use cases and their answers into JSON (see {@code API.md}).
 */
package com.routebook.adapter.rest;
