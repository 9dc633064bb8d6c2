package com.routebook.application.port.out.contract;

import com.routebook.application.port.out.CustomerDirectory;
import com.routebook.application.port.out.ParticipantRegistry;

/**
 * The write side a directory contract fills: the public registry and the tenants' directories over
 * the same data (one database, or the fakes that the read-side fakes read).
 */
public record DirectoryStores(ParticipantRegistry registry, CustomerDirectory directory) {}
