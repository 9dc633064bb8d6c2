/**
 * The tenants' customer directories in the database: customers and their customer numbers (unique
 * per tenant), searched together with the registry.
 */
package com.routebook.adapter.persistence.directory;
