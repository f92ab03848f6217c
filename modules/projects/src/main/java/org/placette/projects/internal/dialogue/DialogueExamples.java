package org.placette.projects.internal.dialogue;

/** Example payloads shown in the OpenAPI document. */
final class DialogueExamples {

  private DialogueExamples() {}

  static final String QUESTION_INPUT = "{\"text\": \"Les horaires de nuit (21h-5h) sont-ils concernés ?\"}";
  static final String ANSWER_INPUT = "{\"text\": \"Oui, l'équipe de nuit de deux entreprises participe.\"}";
  static final String QUESTION = """
      {"id": "3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f", "needId": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10",
       "text": "Les horaires de nuit (21h-5h) sont-ils concernés ?",
       "answer": "Oui, l'équipe de nuit de deux entreprises participe.",
       "askedAt": "2026-11-23T08:00:00Z", "answeredAt": "2026-11-24T10:30:00Z"}""";
  static final String INTEREST_INPUT = """
      {"solutionId": "6c0e0d7a-8f9b-4a43-b1f2-3e4d5c6b7a80",
       "pitch": "Déployé à Nantes sur trois zones d'activités, y compris en horaires postés."}""";
  static final String INTEREST = """
      {"id": "7e8f9a0b-1c2d-4e3f-8a4b-5c6d7e8f9a0b", "needId": "9b2f6c8e-4f43-4a57-9d1e-0a3c1c1f5e10",
       "authorityId": "a0000000-0000-4000-8000-000000000001", "solutionId": "6c0e0d7a-8f9b-4a43-b1f2-3e4d5c6b7a80",
       "startupId": "50000000-0000-4000-8000-000000000001",
       "pitch": "Déployé à Nantes sur trois zones d'activités, y compris en horaires postés.",
       "status": "DECLINED", "declineReason": "Nous retenons une solution déjà interopérable avec notre billettique.",
       "submittedAt": "2026-11-23T08:00:00Z", "answerDue": "2026-12-08T08:00:00Z",
       "answeredAt": "2026-11-30T14:00:00Z", "decidedAt": "2026-11-30T14:00:00Z", "version": 1}""";
  static final String DECLINE_INPUT = "{\"reason\": \"Nous retenons une solution déjà interopérable avec notre billettique.\"}";
  static final String RECORD = """
      {"organisationId": "a0000000-0000-4000-8000-000000000001", "answerDays": 15, "interestsReceived": 12,
       "interestsAnswered": 10, "interestsOverdue": 1, "answerRate": 0.909, "medianAnswerHours": 52.5,
       "questionsReceived": 7, "questionsAnswered": 7}""";
}
