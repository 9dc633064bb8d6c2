/**
 * The read side of routing in the database: the tenant's customers and the registry's participants
 * as flat rows, read with plain JDBC, one statement per look-up whatever the batch size, with no
 * JPA entity and no aggregate.
 */
package com.routebook.adapter.persistence.routing;
