/**
 * The public customer registry: searching it (Add customer uses that too) and, for network
 * administrators, registering, activating and deactivating participants.
 */
package com.routebook.adapter.jsf.registry;
