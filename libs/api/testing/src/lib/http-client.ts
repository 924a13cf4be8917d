/** What a test needs from an HTTP answer. */
export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  /** The refresh cookie's value when the answer set one ('' when it cleared it). */
  refreshCookie?: string;
}

export interface RequestOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
  /** Raw body, sent as is (for malformed-JSON tests). */
  raw?: string;
}

/** A thin fetch wrapper over real HTTP, one per running test app. */
export class ApiClient {
  constructor(readonly baseUrl: string) {}

  get<T = unknown>(path: string, options: RequestOptions = {}) {
    return this.request<T>('GET', path, undefined, options);
  }

  post<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('POST', path, body, options);
  }

  put<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PUT', path, body, options);
  }

  patch<T = unknown>(path: string, body?: unknown, options: RequestOptions = {}) {
    return this.request<T>('PATCH', path, body, options);
  }

  delete<T = unknown>(path: string, options: RequestOptions = {}) {
    return this.request<T>('DELETE', path, undefined, options);
  }

  /** A GET whose body is binary (PDF, ZIP, images). */
  async download(
    path: string,
    options: RequestOptions = {},
  ): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    const response = await fetch(`${this.baseUrl}${path}`, { headers });
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()), headers: response.headers };
  }

  /** A multipart upload: the fields first, then the file, as browsers send forms. */
  upload<T = unknown>(
    path: string,
    fields: Record<string, string>,
    file: { name: string; bytes: Uint8Array },
    options: RequestOptions = {},
  ): Promise<ApiResponse<T>> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', new Blob([new Uint8Array(file.bytes)]), file.name);
    return this.request<T>('POST', path, undefined, options, form);
  }

  async request<T = unknown>(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions = {},
    form?: FormData,
  ): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    if (options.cookie) headers['cookie'] = `bp_refresh=${options.cookie}`;
    let payload: string | FormData | undefined = form ?? options.raw;
    if (body !== undefined) payload = JSON.stringify(body);
    if (typeof payload === 'string') headers['content-type'] ??= 'application/json';
    const response = await fetch(`${this.baseUrl}${path}`, { method, headers, body: payload });
    const text = await response.text();
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith('bp_refresh='));
    return {
      status: response.status,
      body: (text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text) as T,
      headers: response.headers,
      refreshCookie: setCookie ? setCookie.slice('bp_refresh='.length).split(';')[0] : undefined,
    };
  }
}
