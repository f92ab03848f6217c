package org.placette.projects.internal.theme;

/** One entry of the theme taxonomy: a stable code and its labels in the platform's languages. */
public record Theme(String code, Labels labels) {

  public record Labels(String fr, String en, String es) {}
}
