package org.placette.projects.internal.theme;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The published taxonomy of themes that needs and solutions are tagged with. Codes are part of the
 * API contract (they are stored and filtered on): add themes, never rename or remove a code.
 */
public final class Themes {

  public static final List<Theme> ALL = List.of(
      theme("mobility", "Mobilité et transports", "Mobility and transport", "Movilidad y transporte"),
      theme("water", "Eau et assainissement", "Water and sanitation", "Agua y saneamiento"),
      theme("waste", "Déchets et économie circulaire", "Waste and circular economy", "Residuos y economía circular"),
      theme("energy", "Énergie et bâtiments", "Energy and buildings", "Energía y edificios"),
      theme("climate-adaptation", "Adaptation au changement climatique", "Climate adaptation", "Adaptación al cambio climático"),
      theme("biodiversity", "Nature en ville et biodiversité", "Urban nature and biodiversity", "Naturaleza urbana y biodiversidad"),
      theme("citizen-participation", "Participation citoyenne", "Citizen participation", "Participación ciudadana"),
      theme("open-government", "Gouvernement ouvert et données", "Open government and data", "Gobierno abierto y datos"),
      theme("public-services", "Services publics numériques", "Digital public services", "Servicios públicos digitales"),
      theme("digital-inclusion", "Inclusion numérique", "Digital inclusion", "Inclusión digital"),
      theme("connectivity", "Très haut débit et connectivité", "Broadband and connectivity", "Banda ancha y conectividad"),
      theme("education", "Éducation et formation", "Education and training", "Educación y formación"),
      theme("health", "Santé et télésanté", "Health and telehealth", "Salud y telesalud"),
      theme("social-care", "Solidarités et action sociale", "Social care", "Acción social"),
      theme("urban-planning", "Aménagement et urbanisme", "Urban planning", "Urbanismo y ordenación"),
      theme("housing", "Logement", "Housing", "Vivienda"),
      theme("public-safety", "Sécurité et risques", "Public safety and risks", "Seguridad y riesgos"),
      theme("tourism-culture", "Tourisme, culture et sport", "Tourism, culture and sport", "Turismo, cultura y deporte"),
      theme("local-economy", "Commerce et économie locale", "Local economy and retail", "Comercio y economía local"),
      theme("agriculture-food", "Agriculture et alimentation", "Agriculture and food", "Agricultura y alimentación"),
      theme("low-tech", "Low-tech et innovation sociale", "Low-tech and social innovation", "Low-tech e innovación social"));

  private static final Map<String, Theme> BY_CODE =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Theme::code, Function.identity()));

  private Themes() {}

  public static boolean known(String code) {
    return code != null && BY_CODE.containsKey(code);
  }

  public static String unknownMessage(String code) {
    return "Unknown theme '" + code + "'; the allowed codes are listed at /api/v1/themes.";
  }

  private static Theme theme(String code, String fr, String en, String es) {
    return new Theme(code, new Theme.Labels(fr, en, es));
  }
}
