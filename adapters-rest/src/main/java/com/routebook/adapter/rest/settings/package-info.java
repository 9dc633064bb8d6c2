/** The tenant's settings over HTTP: the directory mode. */
package com.routebook.adapter.rest.settings;
