/** Work after the answer: the application's {@code BackgroundWork} on the server's executor. */
package com.routebook.server.work;
