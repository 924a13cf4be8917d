import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type { Material, MaterialKind, Page, Role } from '@bina-pustaka/shared-contracts';
import type { Observable } from 'rxjs';
import { seg, toParams } from './query-params';

export interface MaterialListQuery {
  q?: string;
  tag?: string;
  kind?: MaterialKind;
  page: number;
  pageSize?: number;
}

/** createMaterialRequestSchema: a document needs a file (or a URL), a link or video a URL (or a file). */
export interface CreateMaterialBody {
  title: string;
  description?: string;
  kind: MaterialKind;
  fileId?: string | null;
  url?: string | null;
  tags?: string[];
  /** Empty: everyone signed in. */
  audienceRoles?: Role[];
}

export type UpdateMaterialBody = Partial<Omit<CreateMaterialBody, 'kind'>>;

/** The materials and references portal. */
@Injectable({ providedIn: 'root' })
export class MaterialsApi {
  private readonly http = inject(HttpClient);

  list(query: MaterialListQuery): Observable<Page<Material>> {
    return this.http.get<Page<Material>>('/api/materials', { params: toParams(query) });
  }

  create(body: CreateMaterialBody): Observable<Material> {
    return this.http.post<Material>('/api/materials', body);
  }

  update(materialId: string, body: UpdateMaterialBody): Observable<Material> {
    return this.http.patch<Material>(`/api/materials/${seg(materialId)}`, body);
  }

  remove(materialId: string): Observable<void> {
    return this.http.delete<void>(`/api/materials/${seg(materialId)}`);
  }
}
