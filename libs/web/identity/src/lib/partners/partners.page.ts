import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
} from '@angular/core';
import { TranslocoDirective } from '@jsverse/transloco';
import { INSTITUTION_KINDS, type Institution, type InstitutionKind } from '@bina-pustaka/shared-contracts';
import { toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { InstitutionsApi } from '@bina-pustaka/web-data-access/users';
import { DataCardDirective, DataRowDirective, DataTableComponent, type DataColumn } from '@bina-pustaka/web-ui';
import { firstValueFrom } from 'rxjs';
import { PartnerFormComponent } from './partner-form.component';

const COLUMNS: readonly DataColumn[] = [
  { key: 'identity.partners.name' },
  { key: 'identity.partners.kind' },
  { key: 'identity.partners.city' },
  { key: 'common.actions', visuallyHidden: true },
];

const byName = (a: Institution, b: Institution) => a.name.localeCompare(b.name, 'id');

/**
 * Lembaga & mitra: the library and the organisations it runs programmes with (universities,
 * communities, schools...), kept by coordinators and admins; events show them as partners.
 */
@Component({
  selector: 'bp-partners-page',
  imports: [TranslocoDirective, DataTableComponent, DataRowDirective, DataCardDirective, PartnerFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './partners.page.html',
  styleUrl: './partners.css',
})
export class PartnersPage {
  private readonly api = inject(InstitutionsApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  protected readonly kinds = INSTITUTION_KINDS;
  protected readonly columns = COLUMNS;
  private readonly all = signal<Institution[] | null>(null);
  protected readonly loading = signal(true);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly kind = signal<InstitutionKind | ''>('');
  protected readonly shown = computed(() => {
    const all = this.all();
    const kind = this.kind();
    return all && kind ? all.filter((institution) => institution.kind === kind) : all;
  });
  /** What the form shows: an organisation, 'new' for a new one, or null when it is closed. */
  protected readonly editing = signal<Institution | 'new' | null>(null);
  protected readonly editingInstitution = computed(() => {
    const editing = this.editing();
    return editing === 'new' ? null : editing;
  });

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.failure.set(null);
    try {
      this.all.set((await firstValueFrom(this.api.list())).sort(byName));
    } catch (error) {
      this.failure.set(toApiFailure(error));
    } finally {
      this.loading.set(false);
    }
  }

  protected filterKind(kind: string): void {
    this.kind.set((INSTITUTION_KINDS as readonly string[]).includes(kind) ? (kind as InstitutionKind) : '');
  }

  protected open(institution: Institution | 'new'): void {
    this.editing.set(institution);
    // The form's heading takes the focus, so a screen reader and a phone's screen both go there.
    this.focusAfterRender('#partner-form-heading');
  }

  protected close(): void {
    const editing = this.editing();
    this.editing.set(null);
    const back = editing === 'new' || !editing ? '#partner-add' : `#partner-edit-${editing.id}`;
    this.focusAfterRender(back);
  }

  private focusAfterRender(selector: string): void {
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>(selector)?.focus(), {
      injector: this.injector,
    });
  }

  /** A saved organisation (or its new logo) replaces its row; a new one joins the list and stays open. */
  protected saved(institution: Institution): void {
    const others = (this.all() ?? []).filter((row) => row.id !== institution.id);
    this.all.set([...others, institution].sort(byName));
    this.editing.set(institution);
  }
}
