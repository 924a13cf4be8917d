import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CertificateImage,
  CertificateImageKind,
  CertificateTemplate,
  CertificateTemplateDesign,
} from '@bina-pustaka/shared-contracts';
import { type Observable, map } from 'rxjs';
import { seg } from '../learning/query-params';
import { jsonErrorBody } from './blob-error';

/** createCertificateTemplateRequestSchema */
export interface CertificateTemplateBody extends CertificateTemplateDesign {
  name: string;
  isDefault: boolean;
}

/** GET /api/courses/:id/certificate-template: the course's own template, and the one it uses. */
export interface CourseCertificateTemplate {
  templateId: string | null;
  effectiveTemplateId: string | null;
}

/** Certificate templates and their images, for coordinators and admins. */
@Injectable({ providedIn: 'root' })
export class CertificateTemplatesApi {
  private readonly http = inject(HttpClient);

  list(): Observable<CertificateTemplate[]> {
    return this.http.get<CertificateTemplate[]>('/api/certificate-templates');
  }

  get(templateId: string): Observable<CertificateTemplate> {
    return this.http.get<CertificateTemplate>(`/api/certificate-templates/${seg(templateId)}`);
  }

  create(body: CertificateTemplateBody): Observable<CertificateTemplate> {
    return this.http.post<CertificateTemplate>('/api/certificate-templates', body);
  }

  update(templateId: string, body: Partial<CertificateTemplateBody>): Observable<CertificateTemplate> {
    return this.http.patch<CertificateTemplate>(`/api/certificate-templates/${seg(templateId)}`, body);
  }

  remove(templateId: string): Observable<void> {
    return this.http.delete<void>(`/api/certificate-templates/${seg(templateId)}`);
  }

  /**
   * The design rendered by the server's PDF renderer with sample data. A 422 carries the
   * per-field issues as JSON (read back from the blob).
   */
  preview(design: CertificateTemplateDesign): Observable<Blob> {
    return jsonErrorBody(this.http.post('/api/certificate-templates/preview', design, { responseType: 'blob' }));
  }

  /** multipart/form-data: `kind` first (the api needs it before the file streams in), then `file`. */
  uploadImage(file: File, kind: CertificateImageKind): Observable<CertificateImage> {
    const body = new FormData();
    body.append('kind', kind);
    body.append('file', file, file.name);
    return this.http.post<CertificateImage>('/api/certificate-images', body);
  }

  courseTemplate(courseId: string): Observable<CourseCertificateTemplate> {
    return this.http.get<CourseCertificateTemplate>(`/api/courses/${seg(courseId)}/certificate-template`);
  }

  /** null: the course goes back to the default template. */
  setCourseTemplate(courseId: string, templateId: string | null): Observable<CourseCertificateTemplate> {
    return this.http
      .put<CourseCertificateTemplate | null>(`/api/courses/${seg(courseId)}/certificate-template`, { templateId })
      .pipe(map((answer) => answer ?? { templateId, effectiveTemplateId: templateId }));
  }
}
