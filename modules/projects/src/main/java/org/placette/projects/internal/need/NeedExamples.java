package org.placette.projects.internal.need;

/** Example payloads shown in the OpenAPI document. */
final class NeedExamples {

  private NeedExamples() {}

  static final String INPUT = """
      {"title": "Faciliter le covoiturage domicile-travail vers les zones d'activités",
       "problemStatement": "Chaque matin, des milliers de salariés rejoignent seuls en voiture les zones d'activités de la périphérie.",
       "context": "Lignes de bus peu fréquentes, horaires postés 5h-13h et 13h-21h.",
       "expectedOutcomes": "Une expérimentation de douze mois avec trois entreprises volontaires.",
       "themes": ["mobility"],
       "territory": {"country": "FR", "region": "Nouvelle-Aquitaine", "municipality": "Niort"},
       "populationBand": "MEDIUM",
       "budget": {"max": 60000, "currency": "EUR"},
       "deadline": "2027-03-31",
       "visibility": "PUBLIC"}""";

  static final String NEED = """
      {"id": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10", "externalRef": "n01",
       "ownerId": "a0000000-0000-4000-8000-000000000001",
       "title": "Faciliter le covoiturage domicile-travail vers les zones d'activités",
       "problemStatement": "Chaque matin, des milliers de salariés rejoignent seuls en voiture les zones d'activités de la périphérie.",
       "revision": 1, "themes": ["mobility"],
       "territory": {"country": "FR", "region": "Nouvelle-Aquitaine", "municipality": "Niort"},
       "populationBand": "MEDIUM", "budget": {"max": 60000, "currency": "EUR"}, "deadline": "2027-03-31",
       "language": "fr", "languageDetected": true, "visibility": "PUBLIC", "status": "PUBLISHED",
       "createdAt": "2026-11-22T09:00:00Z", "updatedAt": "2026-11-22T09:05:00Z",
       "publishedAt": "2026-11-22T09:05:00Z", "version": 1}""";

  static final String PAGE = "{\"items\": [" + NEED + "], \"next\": \"LWNyZWF0ZWRBdAoyMDI2LTExLTIy\"}";

  static final String REVISION_INPUT = """
      {"problemStatement": "Chaque matin, des milliers de salariés rejoignent seuls en voiture les zones d'activités ; les horaires décalés sont prioritaires.",
       "note": "Horaires décalés précisés"}""";

  static final String REVISION = """
      {"number": 2, "problemStatement": "Chaque matin, des milliers de salariés rejoignent seuls en voiture les zones d'activités ; les horaires décalés sont prioritaires.",
       "note": "Horaires décalés précisés", "createdAt": "2026-11-23T10:00:00Z"}""";

  static final String CANCELLATION = "{\"reason\": \"Le projet est repris par l'agglomération.\"}";
}
