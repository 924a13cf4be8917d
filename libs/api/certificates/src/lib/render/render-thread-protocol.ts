import type { CertificateFailure, CertificateTemplateDesign } from '@bina-pustaka/shared-contracts';
import type { CertificateContent } from './certificate-renderer';

/** What a render thread is started with (its `workerData`). */
export interface RenderThreadData {
  /** Rendered once before the thread says it is ready: the first document costs 10-30x a steady one. */
  warmUp: Omit<CertificateContent, 'images'>;
}

/**
 * One certificate to render. The design and the images go by id, their content only the
 * first time a thread needs them: a cohort shares one design and one set of images, and
 * copying them into the thread for every certificate would cost more than the rest.
 */
export interface RenderThreadRequest {
  id: number;
  content: Omit<CertificateContent, 'images' | 'design'>;
  designId: number;
  /** The design, if this thread has not been sent `designId` yet. */
  newDesign: CertificateTemplateDesign | null;
  /** The design's images: image id and storage key. */
  images: [imageId: string, key: string][];
  /** Bytes of the keys this thread has not been sent yet. */
  newImages: [key: string, bytes: Uint8Array][];
  /** Forget the designs and images sent so far first (keeps the thread's copies few). */
  forget: boolean;
}

/** A failed render says what its coordinator reads (`failure`) and the raw `error` for the log. */
export type RenderThreadReply =
  | { ready: true }
  | { id: number; pdf: Uint8Array }
  | { id: number; error: string; failure: CertificateFailure };
