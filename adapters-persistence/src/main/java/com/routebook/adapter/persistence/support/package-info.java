/**
 * What the repositories of every area share: the database dialect, time conversion, splitting of
 * large look-ups, recognising constraint violations, the small text codec of stored lists, work
 * done when a transaction ends, and the following of PostgreSQL's notifications, among them the
 * changes of what routing reads.
 */
package com.routebook.adapter.persistence.support;
