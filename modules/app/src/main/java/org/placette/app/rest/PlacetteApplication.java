package org.placette.app.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** Version 1 of the public API. A breaking change gets a new path, never a change here. */
@ApplicationPath("/api/v1")
@LoginConfig(authMethod = "MP-JWT", realmName = "placette")
@OpenAPIDefinition(
    info = @Info(
        title = "Placette API",
        version = "v1",
        description = "Needs of local authorities, solutions of startups and the matches between them. "
            + "Errors are RFC 9457 problem documents; list responses are {items, next} pages.",
        license = @License(name = "EUPL-1.2", url = "https://interoperable-europe.ec.europa.eu/collection/eupl")))
@SecurityScheme(
    securitySchemeName = "keycloak",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT",
    description = "An access token of Keycloak realm `placette` whose audience is `placette-api`.")
public class PlacetteApplication extends Application {}
