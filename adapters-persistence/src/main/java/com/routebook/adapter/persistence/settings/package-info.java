/** Each tenant's settings in the database; a tenant without a row has the defaults. */
package com.routebook.adapter.persistence.settings;
