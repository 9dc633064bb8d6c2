package com.routebook.application.port.fencefixture;

import jakarta.transaction.Transactional;

/** A port that declares the container's transactions. */
@Transactional
public interface PortWithTransactions {}
