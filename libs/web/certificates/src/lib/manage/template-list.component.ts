import { ChangeDetectionStrategy, Component, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateTemplate } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateTemplatesApi } from '@bina-pustaka/web-data-access/certificates';
import { AlertComponent, DateTimePipe, DialogComponent, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';

/** The Templat section: every certificate template, to open, make default or delete. */
@Component({
  selector: 'bp-template-list',
  imports: [RouterLink, TranslocoDirective, AlertComponent, DateTimePipe, DialogComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="card section" aria-labelledby="templates-heading" *transloco="let t">
      <div class="section-head">
        <h2 id="templates-heading">{{ t('certificates.certificatesAdmin.sections.templat') }}</h2>
        <a class="btn btn-secondary" [routerLink]="newLink">{{ t('certificates.templates.create') }}</a>
      </div>
      <p class="hint">{{ t('certificates.templates.intro') }}</p>
      <div aria-live="polite">
        @if (notice(); as n) {
          <bp-alert tone="success">{{ t('certificates.templates.deleted', { name: n }) }}</bp-alert>
        }
      </div>
      @if (failure(); as f) {
        <bp-failure-alert [failure]="f" [retryable]="true" (retry)="load()" />
      }
      @if (templates(); as list) {
        @if (list.length === 0) {
          <p class="empty">{{ t('certificates.templates.empty') }}</p>
        } @else {
          <ul class="card-list">
            @for (template of list; track template.id) {
              <li class="list-card subcard">
                <h3>
                  <a [routerLink]="editLink(template)">{{ template.name }}</a>
                </h3>
                <ul class="tags">
                  @if (template.isDefault) {
                    <li class="badge">{{ t('certificates.templates.default') }}</li>
                  }
                  <li class="tag">{{ t('certificates.certificateOrientation.' + template.orientation) }}</li>
                  <li class="tag">
                    {{ t('certificates.templates.signatoryCount', { count: template.signatories.length }) }}
                  </li>
                </ul>
                <p class="muted person-meta">
                  {{ t('certificates.templates.updated', { date: (template.updatedAt | bpDateTime: language()) }) }}
                </p>
                <div class="action-buttons">
                  <a class="btn btn-secondary btn-small" [routerLink]="editLink(template)">
                    {{ t('certificates.templates.edit') }}<span class="visually-hidden"> {{ template.name }}</span>
                  </a>
                  <button type="button" class="btn btn-danger-outline btn-small" (click)="confirmDelete(template)">
                    {{ t('certificates.templates.delete') }}<span class="visually-hidden"> {{ template.name }}</span>
                  </button>
                </div>
              </li>
            }
          </ul>
        }
      } @else if (!failure()) {
        <p class="muted" role="status">{{ t('common.loading') }}</p>
      }

      <bp-dialog #dialog [heading]="t('certificates.templates.deleteTitle', { name: selected()?.name ?? '' })">
        <p>{{ t('certificates.templates.deleteText') }}</p>
        @if (dialogFailure(); as f) {
          <bp-failure-alert [failure]="f" />
        }
        <div class="dialog-actions">
          <button type="button" class="btn btn-secondary" (click)="dialog.close()">{{ t('common.cancel') }}</button>
          <button type="button" class="btn btn-danger" [disabled]="deleting()" (click)="remove()">
            {{ t('certificates.templates.deleteConfirm') }}
          </button>
        </div>
      </bp-dialog>
    </section>
  `,
})
export class TemplateListComponent {
  private readonly api = inject(CertificateTemplatesApi);
  protected readonly language = inject(LanguageStore).current;
  protected readonly newLink = appLink(APP_PATHS.newCertificateTemplate);
  protected readonly templates = signal<CertificateTemplate[] | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly selected = signal<CertificateTemplate | null>(null);
  protected readonly deleting = signal(false);
  protected readonly dialogFailure = signal<ApiFailure | null>(null);
  private readonly dialog = viewChild.required<DialogComponent>('dialog');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.failure.set(null);
    try {
      this.templates.set(await firstValueFrom(this.api.list()));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    }
  }

  protected editLink(template: CertificateTemplate): string {
    return appLink(APP_PATHS.certificateTemplate, { templateId: template.id });
  }

  protected confirmDelete(template: CertificateTemplate): void {
    this.selected.set(template);
    this.dialogFailure.set(null);
    this.dialog().open();
  }

  protected async remove(): Promise<void> {
    const template = this.selected();
    if (!template) return;
    this.deleting.set(true);
    this.dialogFailure.set(null);
    try {
      await firstValueFrom(this.api.remove(template.id), { defaultValue: undefined });
      this.dialog().close();
      this.notice.set(template.name);
      this.templates.update((list) => list?.filter((item) => item.id !== template.id) ?? null);
    } catch (error) {
      this.dialogFailure.set(toApiFailure(error));
    } finally {
      this.deleting.set(false);
    }
  }
}
