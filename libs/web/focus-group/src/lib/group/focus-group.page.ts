import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type FocusGroupDetail } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { FocusGroupApi } from '@bina-pustaka/web-data-access/focus-groups';
import { FailureAlertComponent, saveBlob } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { GroupChange } from '../shared/group-change';
import { ActionItemsSectionComponent } from './action-items-section.component';
import { FindingsSectionComponent } from './findings-section.component';
import { GroupAboutComponent } from './group-about.component';
import { PeopleSectionComponent } from './people-section.component';
import { SessionsSectionComponent } from './sessions-section.component';

/**
 * One group: why it meets, its people, sessions with their notes, findings and action
 * items, a way to its private forum and the PDF summary. Its managers (facilitators,
 * coordinators) change every part in place; each change answers with the whole group.
 */
@Component({
  selector: 'bp-focus-group-page',
  imports: [
    RouterLink,
    TranslocoDirective,
    FailureAlertComponent,
    GroupAboutComponent,
    PeopleSectionComponent,
    SessionsSectionComponent,
    FindingsSectionComponent,
    ActionItemsSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './focus-group.page.html',
  styleUrl: '../shared/focus-group.css',
})
export class FocusGroupPage {
  private readonly api = inject(FocusGroupApi);
  private readonly groupId = inject(ActivatedRoute).snapshot.paramMap.get('groupId') ?? '';
  protected readonly listLink = appLink(APP_PATHS.focusGroups);

  protected readonly group = signal<FocusGroupDetail | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly statusChange = new GroupChange();
  protected readonly downloading = signal(false);
  protected readonly downloadFailure = signal<ApiFailure | null>(null);
  protected readonly forumLink = computed(() => {
    const group = this.group();
    return group ? appLink(APP_PATHS.forumBoard, { forumId: group.forumId }) : null;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.group.set(await firstValueFrom(this.api.group(this.groupId)));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  /** A section's change: the api's answer is the whole group as it now is. */
  protected changed(group: FocusGroupDetail): void {
    this.group.set(group);
  }

  protected async toggleStatus(group: FocusGroupDetail): Promise<void> {
    const status = group.status === 'active' ? 'closed' : 'active';
    await this.statusChange.run(this.api.update(group.id, { status }), (next) => this.group.set(next));
  }

  protected async downloadSummary(): Promise<void> {
    this.downloading.set(true);
    this.downloadFailure.set(null);
    try {
      const file = await firstValueFrom(this.api.summaryPdf(this.groupId));
      saveBlob(file.blob, file.fileName);
    } catch (error) {
      this.downloadFailure.set(toApiFailure(error));
    } finally {
      this.downloading.set(false);
    }
  }
}
