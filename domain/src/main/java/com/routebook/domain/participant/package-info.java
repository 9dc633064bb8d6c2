/**
 * The public customer registry's participants: companies reachable in the network, with their
 * identifiers, E-address and service providers.
 */
package com.routebook.domain.participant;
