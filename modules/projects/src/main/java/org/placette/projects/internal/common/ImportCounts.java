package org.placette.projects.internal.common;

/** What an import did with one kind of item: created it, or found it already imported under its externalRef. */
public record ImportCounts(int created, int unchanged) {

  public static final ImportCounts NONE = new ImportCounts(0, 0);

  public ImportCounts plus(ImportCounts other) {
    return new ImportCounts(created + other.created, unchanged + other.unchanged);
  }
}
