package com.routebook.application.port.in.transfer;

import java.io.OutputStream;

/**
 * A file ready to be written: the caller's rights and the request were checked when it was made, so
 * the adapter can answer with headers first and then stream the content.
 */
@FunctionalInterface
public interface FileContent {

  /** Writes the file to out; flushes out, does not close it. */
  void writeTo(OutputStream out);
}
