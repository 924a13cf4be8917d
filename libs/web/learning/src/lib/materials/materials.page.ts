import { ChangeDetectionStrategy, Component, ElementRef, computed, inject, signal, viewChild } from '@angular/core';
import { FormControl, NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import type { Material, MaterialKind, Role, StoredFile } from '@bina-pustaka/shared-contracts';
import {
  AuthStore,
  COURSE_AUTHOR_ROLES,
  LanguageStore,
  ROLES,
  toApiFailure,
  type ApiFailure,
} from '@bina-pustaka/web-data-access';
import { pagedList } from '@bina-pustaka/web-data-access/lists';
import {
  MATERIAL_KINDS,
  MaterialsApi,
  formatBytes,
  type MaterialListQuery,
} from '@bina-pustaka/web-data-access/learning';
import { FORM_FIELD, FormFeedback, httpUrl } from '@bina-pustaka/web-identity/forms';
import {
  AlertComponent,
  ChipsInputComponent,
  DateTimePipe,
  DialogComponent,
  FailureAlertComponent,
  PaginationComponent,
} from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { FileUploadComponent } from '../shared/file-upload.component';

const PAGE_SIZE = 20;
type Source = 'file' | 'url';

/** Materi & referensi: documents, links and videos outside courses. */
@Component({
  selector: 'bp-materials-page',
  imports: [
    ReactiveFormsModule,
    TranslocoDirective,
    AlertComponent,
    ChipsInputComponent,
    DateTimePipe,
    DialogComponent,
    PaginationComponent,
    FailureAlertComponent,
    FileUploadComponent,
    FORM_FIELD,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './materials.page.html',
  styleUrl: './materials.page.css',
})
export class MaterialsPage {
  private readonly api = inject(MaterialsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly language = inject(LanguageStore).current;
  protected readonly kinds = MATERIAL_KINDS;
  protected readonly roles = ROLES;
  private readonly auth = inject(AuthStore);
  protected readonly canAdd = computed(() => this.auth.hasAnyRole(COURSE_AUTHOR_ROLES));

  protected readonly query = signal<MaterialListQuery>({ page: 1, pageSize: PAGE_SIZE });
  private readonly list = pagedList(
    () => ({ query: this.query() }),
    ({ query }) => this.api.list(query),
  );
  protected readonly page = this.list.page;
  protected readonly loading = this.list.loading;
  protected readonly failure = this.list.failure;
  protected readonly notice = signal<{ key: string; title: string } | null>(null);

  /** The form: adding (editing null) or editing a material. */
  protected readonly formOpen = signal(false);
  protected readonly editing = signal<Material | null>(null);
  protected readonly source = signal<Source>('file');
  protected readonly file = signal<StoredFile | null>(null);
  protected readonly fileMissing = signal(false);
  protected readonly feedback = new FormFeedback();
  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(160)]],
    description: ['', Validators.maxLength(2000)],
    kind: ['document' as MaterialKind],
    url: ['', httpUrl],
    tags: new FormControl<string[]>([], { nonNullable: true }),
    audienceRoles: new FormControl<Role[]>([], { nonNullable: true }),
  });

  protected readonly removing = signal<Material | null>(null);
  protected readonly removeFailure = signal<ApiFailure | null>(null);
  private readonly removeDialog = viewChild.required<DialogComponent>('removeDialog');

  protected size(bytes: number): string {
    return formatBytes(bytes, this.language());
  }

  protected search(event: Event, q: string, tag: string, kind: string): void {
    event.preventDefault();
    this.query.update((query) => ({
      ...query,
      q: q.trim() || undefined,
      tag: tag.trim().toLowerCase() || undefined,
      kind: (kind || undefined) as MaterialKind | undefined,
      page: 1,
    }));
  }

  protected filterTag(tag: string): void {
    this.query.update((query) => ({ ...query, tag, page: 1 }));
  }

  protected goTo(page: number): void {
    this.query.update((query) => ({ ...query, page }));
  }

  protected retry(): void {
    this.list.reload();
  }

  protected openForm(material: Material | null): void {
    this.editing.set(material);
    this.feedback.failure.set(null);
    this.notice.set(null);
    this.fileMissing.set(false);
    this.form.reset({
      title: material?.title ?? '',
      description: material?.description ?? '',
      kind: material?.kind ?? 'document',
      url: material?.url ?? '',
      tags: material?.tags ?? [],
      audienceRoles: material?.audienceRoles ?? [],
    });
    this.file.set(material?.file ?? null);
    this.source.set(material ? (material.file ? 'file' : 'url') : 'file');
    if (material) this.form.controls.kind.disable();
    else this.form.controls.kind.enable();
    this.formOpen.set(true);
    queueMicrotask(() => this.host.nativeElement.querySelector<HTMLElement>('#material-title')?.focus());
  }

  protected toggleRole(role: Role, checked: boolean): void {
    const control = this.form.controls.audienceRoles;
    const roles = checked ? [...control.value, role] : control.value.filter((item) => item !== role);
    control.setValue(ROLES.filter((item) => roles.includes(item)));
    control.markAsDirty();
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const source = this.source();
    const urlControl = this.form.controls.url;
    urlControl.setValidators(source === 'url' ? [Validators.required, httpUrl] : httpUrl);
    urlControl.updateValueAndValidity();
    this.fileMissing.set(source === 'file' && !this.file());
    if (this.fileMissing()) {
      this.form.markAllAsTouched();
      this.host.nativeElement.querySelector<HTMLInputElement>('#material-file')?.focus();
      return;
    }
    const content = {
      title: value.title.trim(),
      description: value.description.trim(),
      fileId: source === 'file' ? (this.file()?.id ?? null) : null,
      url: source === 'url' ? value.url.trim() : null,
      tags: value.tags,
      audienceRoles: value.audienceRoles,
    };
    const editing = this.editing();
    const ok = await this.feedback.submit(this.form, this.host.nativeElement, async () => {
      if (editing) await firstValueFrom(this.api.update(editing.id, content));
      else await firstValueFrom(this.api.create({ ...content, kind: value.kind }));
    });
    if (ok) {
      this.formOpen.set(false);
      this.notice.set({
        key: editing ? 'learning.materials.updated' : 'learning.materials.added',
        title: content.title,
      });
      this.list.reload();
    }
  }

  protected confirmRemove(material: Material): void {
    this.removing.set(material);
    this.removeFailure.set(null);
    this.removeDialog().open();
  }

  protected async remove(): Promise<void> {
    const material = this.removing();
    if (!material) return;
    try {
      await firstValueFrom(this.api.remove(material.id), { defaultValue: undefined });
      this.removeDialog().close();
      this.notice.set({ key: 'learning.materials.deleted', title: material.title });
      this.list.reload();
    } catch (error) {
      this.removeFailure.set(toApiFailure(error));
    }
  }
}
