/** The public customer registry over HTTP: participants and service providers. */
package com.routebook.adapter.rest.registry;
