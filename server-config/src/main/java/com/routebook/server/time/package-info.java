/** The system clock behind the application's {@code Clock} port. */
package com.routebook.server.time;
