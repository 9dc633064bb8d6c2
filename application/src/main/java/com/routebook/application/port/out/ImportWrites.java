package com.routebook.application.port.out;

import com.routebook.domain.customer.Customer;
import com.routebook.domain.customer.CustomerChange;
import com.routebook.domain.tenant.TenantId;
import java.util.List;

/**
 * The writes of an import: many customers and their audit entries, in batches, inside one
 * transaction of their own that is kept whole ({@link Session#commit}) or not at all. The
 * database's constraints still hold: a number taken or a participant already a customer (by a
 * concurrent change) fails the write with the directory's conflict, and the session is then only
 * good for closing.
 */
public interface ImportWrites {

  /** Opens a session for the tenant's directory. */
  Session open(TenantId tenantId);

  /** One transaction of writes. */
  interface Session extends AutoCloseable {

    /** Stores new customers (version 0) with version 1. */
    void add(List<Customer> customers);

    /**
     * Stores changed customers with their next version.
     *
     * @throws com.routebook.domain.ConflictException {@code CONCURRENT_CHANGE} when a stored
     *     version differs
     */
    void update(List<Customer> customers);

    /** Appends audit entries, in order. */
    void audit(List<CustomerChange> changes);

    /** Keeps everything written. */
    void commit();

    /** Ends the session; what was not committed is undone. */
    @Override
    void close();
  }
}
