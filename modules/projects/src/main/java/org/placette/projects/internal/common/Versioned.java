package org.placette.projects.internal.common;

/** A view of an entity under optimistic locking: its version is the ETag clients send back in If-Match. */
public interface Versioned {

  long version();
}
