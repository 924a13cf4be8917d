import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import {
  FORUM_DIGEST_TIME_ZONES,
  type ForumDigestSetting,
  type ForumDigestTimeZone,
} from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { ForumApi } from '@bina-pustaka/web-data-access/forum';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/** The daily email digest on the forum's front page: on or off, and the zone of its 07.00. */
@Component({
  selector: 'bp-digest-setting',
  imports: [TranslocoDirective, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="section" aria-labelledby="forum-digest-heading" *transloco="let t">
      <h2 id="forum-digest-heading">{{ t('forum.digestSetting.title') }}</h2>
      <p class="muted">{{ t('forum.digestSetting.intro') }}</p>
      @if (setting(); as s) {
        <p>
          <label>
            <input
              type="checkbox"
              [checked]="s.enabled"
              [disabled]="saving()"
              (change)="save({ enabled: $any($event.target).checked, timeZone: s.timeZone })"
            />
            {{ t('forum.digestSetting.enabled') }}
          </label>
        </p>
        <p>
          <label for="forum-digest-zone">{{ t('forum.digestSetting.zone') }}</label>
          <select
            id="forum-digest-zone"
            [disabled]="saving()"
            (change)="save({ enabled: s.enabled, timeZone: $any($event.target).value })"
          >
            @for (zone of zones; track zone) {
              <option [value]="zone" [selected]="zone === s.timeZone">
                {{ t('forum.digestSetting.zones.' + zone) }}
              </option>
            }
          </select>
        </p>
        <p class="muted" role="status">{{ saved() ? t('forum.digestSetting.saved') : '' }}</p>
      }
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" />
      }
    </section>
  `,
})
export class DigestSettingComponent {
  private readonly api = inject(ForumApi);
  protected readonly zones: readonly ForumDigestTimeZone[] = FORUM_DIGEST_TIME_ZONES;
  protected readonly setting = signal<ForumDigestSetting | null>(null);
  protected readonly saving = signal(false);
  protected readonly saved = signal(false);
  protected readonly failure = signal<ApiFailure | null>(null);

  constructor() {
    firstValueFrom(this.api.digestSetting()).then(
      (setting) => this.setting.set(setting),
      (error: unknown) => this.failure.set(toApiFailure(error)),
    );
  }

  protected async save(setting: ForumDigestSetting): Promise<void> {
    this.saving.set(true);
    this.saved.set(false);
    this.failure.set(null);
    try {
      this.setting.set(await firstValueFrom(this.api.updateDigestSetting(setting)));
      this.saved.set(true);
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.saving.set(false);
    }
  }
}
