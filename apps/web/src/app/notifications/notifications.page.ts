import { ChangeDetectionStrategy, Component, inject, signal, type OnInit } from '@angular/core';
import { Router, RouterLink, type UrlTree } from '@angular/router';
import { TranslocoDirective, TranslocoService } from '@jsverse/transloco';
import type { AppNotification } from '@bina-pustaka/shared-contracts';
import { formatDate, formatDateTime } from '@bina-pustaka/shared-util';
import { LanguageStore, NotificationsStore } from '@bina-pustaka/web-data-access';
// This page is itself lazy, so web-ui stays out of the initial bundle (the shell imports it lazily too).
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DateTimePipe } from '@bina-pustaka/web-ui';

/**
 * The signed-in user's notifications, newest first. Opening the page reads them: the ones
 * that were new stay marked as new while the page is open.
 */
@Component({
  selector: 'bp-notifications-page',
  imports: [RouterLink, TranslocoDirective, DateTimePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="page" *transloco="let t">
      <header class="page-header">
        <h1>{{ t('notifications.title') }}</h1>
        <p class="lead">{{ t('notifications.intro') }}</p>
      </header>
      @if (store.inbox(); as inbox) {
        @if (inbox.items.length === 0) {
          <p class="empty">{{ t('notifications.empty') }}</p>
        } @else {
          <ul class="notification-list">
            @for (item of inbox.items; track item.id) {
              <li class="card notification" [class.notification-new]="wasNew().has(item.id)">
                @if (wasNew().has(item.id)) {
                  <span class="tag">{{ t('notifications.new') }}</span>
                }
                <p>{{ t('notifications.kind.' + item.kind, paramsOf(item)) }}</p>
                <p class="notification-meta">
                  <time [attr.datetime]="item.createdAt">{{ item.createdAt | bpDateTime: language() }}</time>
                  @if (item.link) {
                    · <a [routerLink]="target(item.link)">{{ t('notifications.open') }}</a>
                  }
                </p>
              </li>
            }
          </ul>
        }
      } @else {
        <p role="status">{{ t('notifications.loading') }}</p>
      }
    </div>
  `,
  styles: `
    .notification-list {
      list-style: none;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .notification p {
      margin: 0.25rem 0;
    }
    .notification-new {
      border-left: 4px solid var(--color-accent, #b38b3c);
    }
    .notification-meta {
      color: var(--color-muted, #52606d);
      font-size: 0.9rem;
    }
  `,
})
export class NotificationsPage implements OnInit {
  protected readonly store = inject(NotificationsStore);
  protected readonly language = inject(LanguageStore).current;
  protected readonly wasNew = signal(new Set<string>());
  private readonly router = inject(Router);
  private readonly transloco = inject(TranslocoService);

  /** A link is a whole app URL: a forum post's carries its `#post-<seq>`, which a path command would escape. */
  protected target(link: string): UrlTree {
    return this.router.parseUrl(link);
  }

  /**
   * Focus groups' and surveys' notices carry raw values (an ISO moment, a YYYY-MM-DD date, a
   * role, which course or session a survey is for): shown in the reader's words.
   */
  protected paramsOf(item: AppNotification): Record<string, string> {
    const { startsAt, dueOn, role } = item.params;
    const language = this.language();
    return {
      ...item.params,
      ...(startsAt && { startsAt: formatDateTime(startsAt, language) }),
      ...(dueOn && { dueOn: formatDate(dueOn, language) }),
      ...(role &&
        item.kind === 'focus-group-invited' && {
          role: this.transloco.translate('notifications.focusGroupRole.' + role),
        }),
      ...((item.kind === 'survey-evaluation' || item.kind === 'survey-reminder') && this.surveyParams(item.params)),
    };
  }

  /** A survey's deadline (none: no words), and what a reminder's survey evaluates. */
  private surveyParams({ closesAt, courseTitle, sessionTitle }: Record<string, string>): Record<string, string> {
    const date = closesAt ? formatDateTime(closesAt, this.language()) : '';
    return {
      deadline: date ? this.transloco.translate('notifications.surveyDeadline', { date }) : '',
      about: courseTitle
        ? this.transloco.translate('notifications.surveyReminderAbout.course', { title: courseTitle })
        : this.transloco.translate('notifications.surveyReminderAbout.webinar', { title: sessionTitle ?? '' }),
    };
  }

  ngOnInit(): void {
    void this.readAll();
  }

  private async readAll(): Promise<void> {
    await this.store.refresh();
    const unread = this.store.inbox()?.items.filter((item) => item.readAt === null) ?? [];
    this.wasNew.set(new Set(unread.map((item) => item.id)));
    if (unread.length > 0) await this.store.markAllRead();
  }
}
