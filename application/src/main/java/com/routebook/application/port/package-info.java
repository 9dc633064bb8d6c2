/** Types shared by incoming and outgoing ports, such as paging. */
package com.routebook.application.port;
