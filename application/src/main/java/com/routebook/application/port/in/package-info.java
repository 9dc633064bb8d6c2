/** Incoming ports: one use case interface per action the adapters offer, by area. */
package com.routebook.application.port.in;
