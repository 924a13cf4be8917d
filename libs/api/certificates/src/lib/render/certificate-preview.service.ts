import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@bina-pustaka/api-platform';
import {
  CERTIFICATE_SAMPLE_SEQUENCE,
  CERTIFICATE_SAMPLE_VALUES,
  type CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import { formatCertificateNumber } from '@bina-pustaka/shared-util';
import { CertificateRenderer } from './certificate-renderer';
import { CertificateImagesService } from '../templates/certificate-images.service';
import { CertificateTemplatesService, designImageRefs } from '../templates/certificate-templates.service';
import { verifyUrl } from '../shared/certificate-links';

const SAMPLE_CODE = '7KQ2M9XD4HPA';

/** The exact PDF a design prints, filled with sample data, for the template editor. */
@Injectable()
export class CertificatePreviewService {
  // Made on the first preview: most api processes never render one.
  private renderer: CertificateRenderer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly templates: CertificateTemplatesService,
    private readonly images: CertificateImagesService,
  ) {}

  async render(design: CertificateTemplateDesign, issuer: string): Promise<Buffer> {
    await this.templates.assertImages(design);
    this.renderer ??= CertificateRenderer.create();
    return this.renderer.render({
      design,
      // The sample number in the design's own pattern, as the browser's live preview shows it.
      values: {
        ...CERTIFICATE_SAMPLE_VALUES,
        nomor: formatCertificateNumber(design.numberPattern, CERTIFICATE_SAMPLE_SEQUENCE, new Date()),
      },
      issuer,
      code: SAMPLE_CODE,
      verifyUrl: verifyUrl(this.config, SAMPLE_CODE),
      images: await this.images.load(designImageRefs(design).map((ref) => ref.id)),
    });
  }
}
