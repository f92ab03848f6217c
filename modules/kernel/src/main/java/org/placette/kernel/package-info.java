/**
 * The shared kernel: the few contracts every module speaks the same way. Errors are raised as
 * {@link org.placette.kernel.problem.Problem}s and rendered once, by the application, as RFC 9457
 * documents; the person or service account behind a request is a {@link
 * org.placette.kernel.caller.Caller}. Nothing here knows about HTTP, persistence or a module.
 */
package org.placette.kernel;
