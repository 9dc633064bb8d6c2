/**
 * The search box's query language: {@code *} wildcards with {@code \*} escapes, matched in memory
 * or translated to SQL {@code LIKE}, with a variant for identifiers compared in normalized form.
 */
package com.routebook.domain.search;
