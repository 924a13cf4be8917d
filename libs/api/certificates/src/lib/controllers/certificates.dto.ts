import {
  certificateBatchCsvQuerySchema,
  certificateCodeSchema,
  certificateBatchListQuerySchema,
  certificateListQuerySchema,
  certificateTemplateDesignSchema,
  courseCertificateTemplateRequestSchema,
  createCertificateBatchRequestSchema,
  createWebinarCertificateBatchRequestSchema,
  createCertificateTemplateRequestSchema,
  reissueCertificateRequestSchema,
  revokeCertificateRequestSchema,
  updateCertificateTemplateRequestSchema,
} from '@bina-pustaka/shared-contracts/schemas';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';

export class CreateWebinarCertificateBatchDto extends createZodDto(createWebinarCertificateBatchRequestSchema) {}
export class CreateCertificateTemplateDto extends createZodDto(createCertificateTemplateRequestSchema) {}
export class UpdateCertificateTemplateDto extends createZodDto(updateCertificateTemplateRequestSchema) {}
export class CertificateTemplateDesignDto extends createZodDto(certificateTemplateDesignSchema) {}
export class CourseCertificateTemplateDto extends createZodDto(courseCertificateTemplateRequestSchema) {}
export class CreateCertificateBatchDto extends createZodDto(createCertificateBatchRequestSchema) {}
export class CertificateBatchCsvQueryDto extends createZodDto(certificateBatchCsvQuerySchema) {}
export class CertificateBatchListQueryDto extends createZodDto(certificateBatchListQuerySchema) {}
export class CertificateListQueryDto extends createZodDto(certificateListQuerySchema) {}
export class RevokeCertificateDto extends createZodDto(revokeCertificateRequestSchema) {}
export class ReissueCertificateDto extends createZodDto(reissueCertificateRequestSchema) {}
export class CertificateCodeDto extends createZodDto(z.strictObject({ code: certificateCodeSchema })) {}
