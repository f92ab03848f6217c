package org.placette.actors.internal.keycloak;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON through Jackson for the admin client only: the Keycloak representations are
 * Jackson-annotated. Registered on the admin client's REST client and nowhere else; a Jackson
 * provider jar in the war would be discovered by Liberty's REST server too and take over the
 * application's own JSON (JSON-B), hence this small reader/writer instead of that jar.
 */
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
final class JacksonClientJson implements MessageBodyReader<Object>, MessageBodyWriter<Object> {

  private final ObjectMapper mapper = new ObjectMapper()
      .setSerializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  @Override
  public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return json(mediaType) && type != String.class && !InputStream.class.isAssignableFrom(type);
  }

  @Override
  public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
    return mapper.readValue(entity, mapper.getTypeFactory().constructType(genericType));
  }

  @Override
  public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return json(mediaType) && type != String.class;
  }

  @Override
  public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
      MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
    mapper.writeValue(entity, value);
  }

  private static boolean json(MediaType mediaType) {
    return mediaType != null && (mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        || mediaType.getSubtype().endsWith("+json"));
  }
}
