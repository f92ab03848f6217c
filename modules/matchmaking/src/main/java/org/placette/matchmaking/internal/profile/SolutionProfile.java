package org.placette.matchmaking.internal.profile;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;

/** The searchable copy of a solution: its title and summary as title, its description as body. */
@Entity
@DiscriminatorValue("SOLUTION")
@Indexed(index = "solution_profile")
public class SolutionProfile extends MatchProfile {

  protected SolutionProfile() {}

  public SolutionProfile(UUID id, String originalLanguage, String title, String body) {
    super(id, originalLanguage, title, body);
  }

  @Override
  public Side side() {
    return Side.SOLUTION;
  }
}
