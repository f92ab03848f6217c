package org.placette.matchmaking.internal.profile;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** The searchable copy of a need: its title, and its problem statement, context and expected outcomes as body. */
@Entity
@DiscriminatorValue("NEED")
@Indexed(index = "need_profile")
public class NeedProfile extends MatchProfile {

  protected NeedProfile() {}

  public NeedProfile(UUID id, String originalLanguage, String title, String body) {
    super(id, originalLanguage, title, body);
  }

  @Override
  public Side side() {
    return Side.NEED;
  }
}
