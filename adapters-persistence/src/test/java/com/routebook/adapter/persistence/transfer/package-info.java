/** Tests of import and export storage on H2 and PostgreSQL. */
package com.routebook.adapter.persistence.transfer;
