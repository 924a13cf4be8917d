import { Injectable, computed, signal } from '@angular/core';
import type {
  SurveyDefinition,
  SurveyQuestion,
  SurveyQuestionKind,
  SurveySection,
} from '@bina-pustaka/shared-contracts';
import {
  allQuestions,
  moved,
  nextKey,
  questionsBefore,
  withQuestion,
  withSection,
  withoutBrokenConditions,
} from './definition-edits';
import { newQuestion } from './question-presets';

type SectionWords = Partial<Pick<SurveySection, 'title' | 'intro' | 'perSpeaker'>>;

/**
 * The definition being built, shared by the builder page and its editors (provided by the
 * page, so each builder has its own). Editors change it only through these methods; the
 * page sends it whole when saved. `issues` are the api's (or the builder's own) messages
 * by path, shown under the field they name.
 */
@Injectable()
export class BuilderState {
  readonly definition = signal<SurveyDefinition>({ sections: [] });
  /** The survey has responses: only words may change (no adding, removing, moving or new kinds of answers). */
  readonly wordingOnly = signal(false);
  /** A template, or a survey the reader may not change: nothing may be edited. */
  readonly readOnly = signal(false);
  readonly structureLocked = computed(() => this.readOnly() || this.wordingOnly());
  readonly issues = signal<Record<string, string>>({});
  /** Changed since loaded or saved. */
  readonly changed = signal(false);

  load(definition: SurveyDefinition, wordingOnly: boolean, readOnly: boolean): void {
    this.definition.set(definition);
    this.wordingOnly.set(wordingOnly);
    this.readOnly.set(readOnly);
    this.changed.set(false);
  }

  issue(path: string): string | null {
    return this.issues()[path] ?? null;
  }

  addSection(title: string): void {
    this.edit((definition) => ({
      sections: [
        ...definition.sections,
        {
          id: nextKey(
            's',
            definition.sections.map((section) => section.id),
          ),
          title,
          intro: null,
          perSpeaker: false,
          questions: [],
        },
      ],
    }));
  }

  removeSection(s: number): void {
    this.edit((definition) =>
      withoutBrokenConditions({ sections: definition.sections.filter((_, index) => index !== s) }),
    );
  }

  moveSection(s: number, delta: -1 | 1): void {
    this.edit((definition) => withoutBrokenConditions({ sections: moved(definition.sections, s, delta) }));
  }

  changeSection(s: number, words: SectionWords): void {
    this.edit((definition) => withSection(definition, s, (section) => ({ ...section, ...words })));
  }

  addQuestion(s: number, kind: SurveyQuestionKind): void {
    this.edit((definition) => {
      const id = nextKey(
        'q',
        allQuestions(definition).map((question) => question.id),
      );
      return withSection(definition, s, (section) => ({
        ...section,
        questions: [...section.questions, newQuestion(kind, id)],
      }));
    });
  }

  removeQuestion(s: number, q: number): void {
    this.edit((definition) =>
      withoutBrokenConditions(
        withSection(definition, s, (section) => ({
          ...section,
          questions: section.questions.filter((_, index) => index !== q),
        })),
      ),
    );
  }

  moveQuestion(s: number, q: number, delta: -1 | 1): void {
    this.edit((definition) =>
      withoutBrokenConditions(
        withSection(definition, s, (section) => ({ ...section, questions: moved(section.questions, q, delta) })),
      ),
    );
  }

  /** Replaces question `q` of section `s` with its changed self (the editors build the change). */
  changeQuestion(s: number, q: number, change: (question: SurveyQuestion) => SurveyQuestion): void {
    this.edit((definition) => withQuestion(definition, s, q, change));
  }

  questionsBefore(s: number, q: number): SurveyQuestion[] {
    return questionsBefore(this.definition(), s, q);
  }

  private edit(change: (definition: SurveyDefinition) => SurveyDefinition): void {
    if (this.readOnly()) return;
    this.definition.update(change);
    this.changed.set(true);
  }
}
