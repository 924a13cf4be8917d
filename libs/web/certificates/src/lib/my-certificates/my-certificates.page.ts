import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type Certificate } from '@bina-pustaka/shared-contracts';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificatesApi } from '@bina-pustaka/web-data-access/certificates';
import { DateTimePipe, FailureAlertComponent } from '@bina-pustaka/web-ui';
import { type Subscription, defer, repeat, takeWhile } from 'rxjs';
import { certificateAnchor } from '../certificate-keys';
import { CertificateStatusComponent } from '../shared/certificate-status.component';

/** While a certificate is being rendered, the list is asked again this often. */
const PENDING_POLL_MS = 3_000;

/** Sertifikat saya: my certificates, to download and to share their verify link. */
@Component({
  selector: 'bp-my-certificates-page',
  imports: [RouterLink, TranslocoDirective, DateTimePipe, CertificateStatusComponent, FailureAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './my-certificates.page.html',
  styleUrl: './my-certificates.page.css',
})
export class MyCertificatesPage {
  private readonly api = inject(CertificatesApi);
  private readonly route = inject(ActivatedRoute);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  protected readonly language = inject(LanguageStore).current;
  protected readonly catalogLink = appLink(APP_PATHS.catalog);
  protected readonly anchor = certificateAnchor;

  protected readonly certificates = signal<Certificate[] | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  /** The certificate whose link was just copied, or whose link could not be copied. */
  protected readonly copied = signal<{ id: string; ok: boolean } | null>(null);
  private subscription: Subscription | null = null;
  private shownFragment = false;

  constructor() {
    this.load();
    // Another ledger link while on this page: bring that certificate into view too.
    this.route.fragment.pipe(takeUntilDestroyed()).subscribe(() => {
      this.shownFragment = false;
      if (this.certificates()) this.showLinkedCertificate();
    });
  }

  /** Loads the list, and again every few seconds while one is still being rendered. */
  protected load(): void {
    this.subscription?.unsubscribe();
    this.failure.set(null);
    this.subscription = defer(() => this.api.mine())
      .pipe(
        repeat({ delay: PENDING_POLL_MS }),
        takeWhile((list) => list.some((certificate) => certificate.status === 'pending'), true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (list) => {
          this.certificates.set(list);
          this.showLinkedCertificate();
        },
        error: (error: unknown) => this.failure.set(toApiFailure(error)),
      });
  }

  protected live(certificate: Certificate): boolean {
    return certificate.status === 'issued' && certificate.pdfUrl !== null;
  }

  protected fileName(certificate: Certificate): string {
    return `sertifikat-${certificate.number.replace(/[^\w-]+/g, '-')}.pdf`;
  }

  protected async copyLink(certificate: Certificate): Promise<void> {
    try {
      await navigator.clipboard.writeText(certificate.verifyUrl);
      this.copied.set({ id: certificate.id, ok: true });
    } catch {
      this.copied.set({ id: certificate.id, ok: false });
    }
  }

  /** A link from the JP ledger names one certificate: bring it into view once it is listed. */
  private showLinkedCertificate(): void {
    const fragment = this.route.snapshot.fragment;
    if (!fragment || this.shownFragment) return;
    this.shownFragment = true;
    afterNextRender(
      () => {
        const card = this.host.nativeElement.querySelector<HTMLElement>(`[id="${CSS.escape(fragment)}"]`);
        card?.scrollIntoView({ block: 'start' });
        card?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }
}
