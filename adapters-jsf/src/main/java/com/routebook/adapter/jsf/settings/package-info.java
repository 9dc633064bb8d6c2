/** The tenant's directory settings: open or closed for registry matches. */
package com.routebook.adapter.jsf.settings;
