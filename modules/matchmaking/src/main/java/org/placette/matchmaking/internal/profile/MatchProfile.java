package org.placette.matchmaking.internal.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * The searchable copy of a need or a solution, identified by the id of the item it describes.
 * Matchmaking owns it so that scoring never reads another module's tables.
 */
@Entity
@Table(name = "matchmaking_profile")
@Indexed(index = "profile")
public class MatchProfile {

  @Id private UUID id;

  @Enumerated(EnumType.STRING)
  @KeywordField
  @Column(nullable = false, length = 16)
  private Side side;

  @KeywordField
  @Column(name = "original_language", nullable = false, length = 2)
  private String originalLanguage;

  @FullTextField
  @Column(nullable = false, length = 300)
  private String title;

  @FullTextField
  @Column(nullable = false, length = 20000)
  private String body;

  @Version private long version;

  protected MatchProfile() {}

  public MatchProfile(UUID id, Side side, String originalLanguage, String title, String body) {
    this.id = Objects.requireNonNull(id, "id");
    this.side = Objects.requireNonNull(side, "side");
    this.originalLanguage = Objects.requireNonNull(originalLanguage, "originalLanguage");
    this.title = Objects.requireNonNull(title, "title");
    this.body = Objects.requireNonNull(body, "body");
  }

  public UUID id() {
    return id;
  }

  public Side side() {
    return side;
  }
}
