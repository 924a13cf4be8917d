import type { CertificateFailure } from '@bina-pustaka/shared-contracts';

/**
 * A certificate that could not be made, with what its coordinator reads (`failure`) apart
 * from the raw detail (`message`), which is for the worker's log only: "render thread
 * exited (1)" tells a coordinator nothing they can act on.
 */
export class CertificateRenderError extends Error {
  constructor(
    readonly failure: CertificateFailure,
    message: string,
  ) {
    super(message);
    this.name = 'CertificateRenderError';
  }
}

/** What a coordinator reads for any error on the way to a stored PDF: "could not be made, try again" unless known. */
export function certificateFailure(error: unknown): CertificateFailure {
  return error instanceof CertificateRenderError ? error.failure : 'renderError';
}
