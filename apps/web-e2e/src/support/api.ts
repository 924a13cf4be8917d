import { addresses } from './browser';

/** Every demo account's password (README). */
export const DEMO_PASSWORD = 'PustakaDemo2026';

/**
 * A small api client signed in as a demo person, for the setup a journey is not about:
 * `(method, path, body?, contentType?)`, refusing anything but a 2xx with its status and body.
 */
export async function apiAs(email: string) {
  const base = addresses().baseUrl;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return async <T>(method: string, path: string, body?: unknown, type = 'application/json'): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${accessToken}`, ...(body === undefined ? {} : { 'content-type': type }) },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  };
}
