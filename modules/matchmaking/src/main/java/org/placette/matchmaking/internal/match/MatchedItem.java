package org.placette.matchmaking.internal.match;

import java.util.List;
import java.util.UUID;
import org.placette.matchmaking.internal.profile.MatchProfile;
import org.placette.matchmaking.internal.profile.Side;

/**
 * The other side of a match as the answer shows it: enough to list it and to fetch it whole from
 * {@code /needs/{id}} or {@code /solutions/{id}}. {@code externalRef} is its id in an imported
 * collection.
 */
public record MatchedItem(UUID id, String externalRef, String type, String title, String language, UUID ownerId,
    List<String> themes, String country, String region, Integer trl) {

  public static MatchedItem of(MatchProfile profile) {
    return new MatchedItem(profile.id(), profile.externalRef(), profile.side() == Side.NEED ? "need" : "solution",
        profile.label(), profile.originalLanguage().code(), profile.ownerId(), profile.themeCodes(), profile.country(),
        profile.region(), profile.trl());
  }
}
