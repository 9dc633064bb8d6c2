/** The tenants' document log in the database: each document with its last routing decision. */
package com.routebook.adapter.persistence.document;
