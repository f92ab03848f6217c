/**
 * The assembly. It holds what belongs to the whole platform rather than to one module: the REST
 * application and its error format, the caller's identity from the bearer token, health checks of
 * the shared servers, schema migrations and the correlation id of each request. Business rules
 * live in the modules.
 */
package org.placette.app;
