/**
 * Outgoing ports: what the core needs from the outside (stores, the current user, the clock). Every
 * method touching tenant data takes the tenant explicitly.
 */
package com.routebook.application.port.out;
