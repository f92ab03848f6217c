package org.placette.projects.internal.common;

import java.util.List;

/** The languages texts are written in on the platform: each need and solution is translated into the other two. */
public final class TextLanguages {

  public static final List<String> SUPPORTED = List.of("fr", "en", "es");

  private TextLanguages() {}

  public static boolean supported(String code) {
    return code != null && SUPPORTED.contains(code);
  }

  public static String unsupportedMessage(String code) {
    return "Unknown language '" + code + "'; allowed values: fr, en, es (or leave it out to have it detected).";
  }
}
