package org.placette.projects.api;

/** The published theme codes, for the modules that let people choose among them. */
public interface ThemeTaxonomy {

  boolean known(String code);
}
