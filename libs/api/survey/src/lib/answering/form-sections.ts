import type { SurveyDefinition, SurveyFormSection, UserRef } from '@bina-pustaka/shared-contracts';

/**
 * The sections a respondent fills in: a per-speaker section becomes one block per speaker
 * of the context (same section id, the speaker set), in the speakers' order; without
 * speakers (a standalone or public survey, a session with no narasumber) it is left out,
 * since there is nobody to ask about.
 */
export function expandSections(definition: SurveyDefinition, speakers: readonly UserRef[]): SurveyFormSection[] {
  return definition.sections.flatMap((section): SurveyFormSection[] =>
    section.perSpeaker
      ? speakers.map((speaker) => ({ ...section, speaker: { id: speaker.id, fullName: speaker.fullName } }))
      : [{ ...section, speaker: null }],
  );
}
