/**
 * Operations metrics of the application (MicroProfile Metrics, read at {@code /metrics}): the
 * password hashing work behind the application's {@code PasswordWork} port.
 */
package com.routebook.server.metrics;
