package com.routebook.domain.routing;

/** Whether a document was routed or stopped. */
public enum Outcome {
  ROUTED,
  STOPPED
}
