import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import type { WebinarPoll } from '@bina-pustaka/shared-contracts';
import { WebinarRoomClient } from '@bina-pustaka/web-data-access/webinar-room';

const MAX_OPTIONS = 6;

/** Quick polls: the staff ask, everyone votes once, results update live. */
@Component({
  selector: 'bp-polls-panel',
  imports: [TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="panel-body" *transloco="let t; prefix: 'webinar'">
      @if (mayCreate()) {
        <details class="poll-create" [open]="creating()" (toggle)="creating.set($any($event.target).open)">
          <summary>{{ t('room.polls.new') }}</summary>
          <form (submit)="$event.preventDefault(); create()">
            <div class="field">
              <label for="poll-question">{{ t('room.polls.question') }}</label>
              <input
                id="poll-question"
                type="text"
                maxlength="300"
                [value]="question()"
                (input)="question.set($any($event.target).value)"
              />
            </div>
            @for (option of options(); track $index; let i = $index) {
              <div class="field option-row">
                <label [for]="'poll-option-' + i">{{ t('room.polls.option', { n: i + 1 }) }}</label>
                <input
                  [id]="'poll-option-' + i"
                  type="text"
                  maxlength="120"
                  [value]="option"
                  (input)="setOption(i, $any($event.target).value)"
                />
              </div>
            }
            <div class="form-actions">
              @if (options().length < maxOptions) {
                <button type="button" class="btn btn-secondary btn-small" (click)="addOption()">
                  {{ t('room.polls.addOption') }}
                </button>
              }
              <button type="submit" class="btn btn-primary btn-small" [disabled]="!valid()">
                {{ t('room.polls.start') }}
              </button>
            </div>
          </form>
        </details>
      }
      <ol class="poll-list" aria-live="polite">
        @for (poll of polls(); track poll.id) {
          <li class="poll">
            <fieldset>
              <legend class="poll-question">
                {{ poll.question }}
                @if (!poll.open) {
                  <span class="badge badge-muted">{{ t('room.polls.closed') }}</span>
                }
              </legend>
              <ul class="poll-options">
                @for (option of poll.options; track $index; let i = $index) {
                  <li>
                    @if (poll.open && poll.myChoice === null) {
                      <button type="button" class="btn btn-secondary btn-block poll-vote" (click)="vote(poll, i)">
                        {{ option }}
                      </button>
                    } @else {
                      <div class="poll-result" [class.poll-mine]="poll.myChoice === i">
                        <span class="poll-bar" [style.width.%]="percent(poll, i)"></span>
                        <span class="poll-label">
                          {{ option }}
                          @if (poll.myChoice === i) {
                            <span class="visually-hidden">({{ t('room.polls.yourChoice') }})</span>
                          }
                        </span>
                        <span class="poll-count">{{
                          t('room.polls.count', { count: poll.counts[i], percent: percent(poll, i) })
                        }}</span>
                      </div>
                    }
                  </li>
                }
              </ul>
              <p class="muted poll-total">{{ t('room.polls.total', { count: total(poll) }) }}</p>
              @if (mayCreate() && poll.open) {
                <button type="button" class="btn btn-link btn-small" (click)="close(poll)">
                  {{ t('room.polls.close') }}
                </button>
              }
            </fieldset>
          </li>
        } @empty {
          <li class="muted">{{ t('room.polls.empty') }}</li>
        }
      </ol>
    </div>
  `,
  styleUrl: './panels.css',
})
export class PollsPanelComponent {
  protected readonly room = inject(WebinarRoomClient);
  protected readonly maxOptions = MAX_OPTIONS;
  protected readonly creating = signal(false);
  protected readonly question = signal('');
  protected readonly options = signal(['', '']);
  protected readonly mayCreate = computed(() => this.room.myRole() !== 'attendee');
  protected readonly polls = computed(() => [...this.room.polls()].reverse());
  protected readonly valid = computed(
    () => this.question().trim().length >= 3 && this.options().filter((option) => option.trim()).length >= 2,
  );

  protected setOption(index: number, value: string): void {
    this.options.update((list) => list.map((option, i) => (i === index ? value : option)));
  }

  protected addOption(): void {
    this.options.update((list) => (list.length < MAX_OPTIONS ? [...list, ''] : list));
  }

  protected async create(): Promise<void> {
    if (!this.valid()) return;
    const options = this.options()
      .map((option) => option.trim())
      .filter(Boolean);
    if (await this.room.act(() => this.room.createPoll(this.question().trim(), options))) {
      this.question.set('');
      this.options.set(['', '']);
      this.creating.set(false);
    }
  }

  protected vote(poll: WebinarPoll, option: number): void {
    void this.room.act(() => this.room.vote(poll.id, option));
  }

  protected close(poll: WebinarPoll): void {
    void this.room.act(() => this.room.closePoll(poll.id));
  }

  protected total(poll: WebinarPoll): number {
    return poll.counts.reduce((sum, count) => sum + count, 0);
  }

  protected percent(poll: WebinarPoll, option: number): number {
    const total = this.total(poll);
    return total ? Math.round(((poll.counts[option] ?? 0) * 100) / total) : 0;
  }
}
