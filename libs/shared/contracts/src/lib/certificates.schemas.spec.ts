import { createCertificateTemplateRequestSchema, updateCertificateTemplateRequestSchema } from './certificates.schemas';

const design = {
  name: 'Sertifikat Pelatihan',
  titleId: 'Sertifikat',
  bodyId: 'Diberikan kepada {{nama}} atas partisipasinya.',
  signatories: [{ name: 'Bambang Sutrisno', position: 'Koordinator' }],
  numberPattern: '{urut:4}/BP/{tahun}',
};

describe('certificate template requests', () => {
  it('a new template gets the defaults for what it leaves out', () => {
    const created = createCertificateTemplateRequestSchema.parse(design);
    expect(created).toMatchObject({ orientation: 'landscape', accentColor: '#1f5f4a', qrPosition: 'bottom-right' });
    expect(created.logoImageIds).toEqual([]);
  });

  it('a change carries only what it names, so a rename keeps the design', () => {
    expect(updateCertificateTemplateRequestSchema.parse({ name: 'Sertifikat Webinar' })).toEqual({
      name: 'Sertifikat Webinar',
    });
    expect(updateCertificateTemplateRequestSchema.parse({ titleEn: '' })).toEqual({ titleEn: null });
    expect(updateCertificateTemplateRequestSchema.safeParse({ orientation: 'diagonal' }).success).toBe(false);
    expect(updateCertificateTemplateRequestSchema.safeParse({ unknownField: 1 }).success).toBe(false);
  });
});
