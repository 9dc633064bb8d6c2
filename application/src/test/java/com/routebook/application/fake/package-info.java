/**
 * In-memory adapters of every outgoing port, for tests of the core and of inbound adapters; each is
 * held to its port's contract by the tests in {@code port.out.contract}.
 */
package com.routebook.application.fake;
