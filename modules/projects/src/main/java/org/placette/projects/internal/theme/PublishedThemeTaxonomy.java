package org.placette.projects.internal.theme;

import jakarta.enterprise.context.ApplicationScoped;
import org.placette.projects.api.ThemeTaxonomy;

@ApplicationScoped
class PublishedThemeTaxonomy implements ThemeTaxonomy {

  @Override
  public boolean known(String code) {
    return Themes.known(code);
  }
}
