/**
 * Use cases of the public customer registry: every user searches and reads it, network
 * administrators maintain participants and service providers.
 */
package com.routebook.application.port.in.registry;
