package org.placette.projects.internal.dialogue;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the dialogue. */
public final class DialogueInputs {

  private DialogueInputs() {}

  @Schema(name = "QuestionInput")
  public record QuestionInput(
      @NotBlank(message = "The question is required.")
      @Size(min = 5, max = 2000, message = "A question has 5 to 2,000 characters.") String text) {}

  @Schema(name = "AnswerInput")
  public record AnswerInput(
      @NotBlank(message = "The answer is required.")
      @Size(min = 2, max = 5000, message = "An answer has 2 to 5,000 characters.") String text) {}

  @Schema(name = "InterestInput")
  public record InterestInput(
      @NotBlank(message = "Name one of your published solutions.") String solutionId,
      @NotBlank(message = "The pitch is required.")
      @Size(min = 10, max = 1000, message = "A pitch has 10 to 1,000 characters.") String pitch) {}

  @Schema(name = "DeclineInput")
  public record DeclineInput(
      @NotBlank(message = "Say why: the startup sees the reason.")
      @Size(max = 1000, message = "The reason has at most 1,000 characters.") String reason) {}

  @Schema(name = "DialogueSettingsInput")
  public record SettingsInput(
      @NotNull(message = "answerDays is required.")
      @Min(value = 0, message = "answerDays is 0 to 90.")
      @Max(value = AuthoritySettings.MAX_ANSWER_DAYS, message = "answerDays is 0 to 90.") Integer answerDays) {}
}
