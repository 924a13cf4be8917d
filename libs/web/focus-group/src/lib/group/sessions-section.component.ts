import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type FocusGroupDetail, type FocusGroupSession } from '@bina-pustaka/shared-contracts';
import { LanguageStore } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FailureAlertComponent } from '@bina-pustaka/web-ui';
import { GroupChange } from '../shared/group-change';
import { SessionTimePipe } from '../shared/session-time';
import { SessionFormComponent } from './session-form.component';
import { SessionNotesComponent } from './session-notes.component';

/**
 * The group's sessions, each with its place (a room, or the webinar room only the group
 * may enter) and its notes; managers plan a session, change one still to be held, and
 * cancel one.
 */
@Component({
  selector: 'bp-fg-sessions',
  imports: [
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    SessionTimePipe,
    SessionFormComponent,
    SessionNotesComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sessions-section.component.html',
  styleUrl: '../shared/focus-group.css',
})
export class SessionsSectionComponent {
  private readonly api = inject(FocusGroupApi);
  protected readonly language = inject(LanguageStore).current;
  readonly group = input.required<FocusGroupDetail>();
  readonly changed = output<FocusGroupDetail>();

  protected readonly change = new GroupChange();
  protected readonly adding = signal(false);
  /** The session whose form is open (one at a time). */
  protected readonly editing = signal<string | null>(null);

  protected roomLink(session: FocusGroupSession): string | null {
    return session.webinarSessionId ? appLink(APP_PATHS.webinarRoom, { webinarId: session.webinarSessionId }) : null;
  }

  protected async cancel(session: FocusGroupSession): Promise<void> {
    await this.change.run(this.api.updateSession(this.group().id, session.id, { cancelled: true }), (next) =>
      this.changed.emit(next),
    );
  }
}
