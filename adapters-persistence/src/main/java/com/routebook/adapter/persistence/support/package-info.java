/**
 * What the repositories of every area share: the database dialect, time conversion, splitting of
 * large look-ups, recognising constraint violations, and the small text codec of stored lists.
 */
package com.routebook.adapter.persistence.support;
