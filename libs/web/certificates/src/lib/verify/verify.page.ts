import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { TranslocoDirective } from '@jsverse/transloco';
import { APP_PATHS, appLink, type CertificateVerification } from '@bina-pustaka/shared-contracts';
import { formatCertificateCode, formatDate } from '@bina-pustaka/shared-util';
import { LanguageStore, toApiFailure, type ApiFailure } from '@bina-pustaka/web-data-access';
import { CertificateVerificationApi, normaliseCertificateCode } from '@bina-pustaka/web-data-access/certificates';
import { EMPTY, catchError, finalize, map, switchMap, tap } from 'rxjs';

/**
 * Verifikasi sertifikat: what a certificate's QR code opens, for anyone, signed in or not.
 * Kept small (no forms library, no shared components) so it opens fast on a phone.
 */
@Component({
  selector: 'bp-verify-page',
  imports: [RouterLink, TranslocoDirective],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './verify.page.html',
  styleUrl: './verify.page.css',
})
export class VerifyPage {
  private readonly api = inject(CertificateVerificationApi);
  private readonly router = inject(Router);
  protected readonly language = inject(LanguageStore).current;

  /** The code in the address bar, as typed there (the api judges it). */
  protected readonly code = toSignal(inject(ActivatedRoute).paramMap.pipe(map((params) => params.get('code'))), {
    initialValue: null,
  });
  protected readonly verification = signal<CertificateVerification | null>(null);
  protected readonly failure = signal<ApiFailure | null>(null);
  protected readonly loading = signal(false);
  protected readonly inputProblem = signal(false);
  protected readonly displayCode = computed(() => {
    const code = this.code();
    return code ? this.formatCode(code) : '';
  });
  protected readonly replacementLink = computed(() => {
    const code = this.verification()?.replacedByCode;
    return code ? appLink(APP_PATHS.verifyCertificateCode, { code: normaliseCertificateCode(code) ?? code }) : null;
  });

  constructor() {
    inject(ActivatedRoute)
      .paramMap.pipe(
        map((params) => params.get('code')),
        tap(() => {
          this.verification.set(null);
          this.failure.set(null);
        }),
        switchMap((code) => {
          if (!code) return EMPTY;
          this.loading.set(true);
          return this.api.verify(normaliseCertificateCode(code) ?? code).pipe(
            catchError((error: unknown) => {
              this.failure.set(toApiFailure(error));
              return EMPTY;
            }),
            finalize(() => this.loading.set(false)),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((verification) => this.verification.set(verification));
  }

  protected date(value: string | null): string {
    return value ? formatDate(value, this.language()) : '';
  }

  /** Codes may come grouped already (7KQ2-M9XD-4HPA) or not: shown grouped either way. */
  protected formatCode(code: string): string {
    return formatCertificateCode(normaliseCertificateCode(code) ?? code);
  }

  protected async check(event: Event, input: HTMLInputElement): Promise<void> {
    event.preventDefault();
    const code = normaliseCertificateCode(input.value);
    this.inputProblem.set(code === null);
    if (!code) {
      input.focus();
      return;
    }
    await this.router.navigateByUrl(appLink(APP_PATHS.verifyCertificateCode, { code }));
  }
}
