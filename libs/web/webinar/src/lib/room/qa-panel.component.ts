import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { WebinarRoomClient } from '@bina-pustaka/web-data-access/webinar-room';

/** Questions for the speakers: ask, upvote, and (hosts, moderators, speakers) mark answered. */
@Component({
  selector: 'bp-qa-panel',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel-body" *transloco="let t; prefix: 'webinar'">
      <form class="compose" (submit)="$event.preventDefault(); ask(box.value); box.value = ''">
        <label class="visually-hidden" for="qa-box">{{ t('room.qa.label') }}</label>
        <textarea #box id="qa-box" rows="2" maxlength="1000" [placeholder]="t('room.qa.placeholder')"></textarea>
        <button type="submit" class="btn btn-primary" [disabled]="asking()">{{ t('room.qa.ask') }}</button>
      </form>
      <ol class="qa-list" aria-live="polite">
        @for (question of ordered(); track question.id) {
          <li class="qa-item" [class.qa-answered]="question.answered">
            <button
              type="button"
              class="vote"
              [attr.aria-pressed]="question.votedByMe"
              [disabled]="question.answered || question.userId === myId()"
              (click)="upvote(question.id)"
            >
              <span aria-hidden="true">▲</span>
              <span>{{ question.votes }}</span>
              <span class="visually-hidden">{{ t('room.qa.upvote', { name: question.name }) }}</span>
            </button>
            <div class="qa-text">
              <p class="qa-body">{{ question.body }}</p>
              <p class="muted qa-meta">
                {{ question.name }}
                @if (question.answered) {
                  · <span class="badge">{{ t('room.qa.answered') }}</span>
                }
              </p>
            </div>
            @if (mayAnswer() && !question.answered) {
              <button type="button" class="btn btn-link btn-small" (click)="answered(question.id)">
                {{ t('room.qa.markAnswered') }}<span class="visually-hidden">: {{ question.body }}</span>
              </button>
            }
          </li>
        } @empty {
          <li class="muted">{{ t('room.qa.empty') }}</li>
        }
      </ol>
    </div>
  `,
  styleUrl: './panels.css',
})
export class QaPanelComponent {
  protected readonly room = inject(WebinarRoomClient);
  protected readonly asking = signal(false);
  protected readonly myId = computed(() => this.room.me()?.userId ?? '');
  protected readonly mayAnswer = computed(() => this.room.myRole() !== 'attendee');
  /** Open questions by votes, then the answered ones. */
  protected readonly ordered = computed(() =>
    [...this.room.questions()].sort(
      (a, b) => Number(a.answered) - Number(b.answered) || b.votes - a.votes || a.askedAt.localeCompare(b.askedAt),
    ),
  );

  protected async ask(value: string): Promise<void> {
    const body = value.trim();
    if (!body) return;
    this.asking.set(true);
    await this.room.act(() => this.room.ask(body));
    this.asking.set(false);
  }

  protected upvote(questionId: string): void {
    void this.room.act(() => this.room.upvote(questionId));
  }

  protected answered(questionId: string): void {
    void this.room.act(() => this.room.markAnswered(questionId));
  }
}
