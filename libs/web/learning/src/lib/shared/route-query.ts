import type { ParamMap } from '@angular/router';

/** A positive whole number from the address bar, else the fallback. */
export function intParam(params: ParamMap, name: string, fallback: number | undefined): number | undefined {
  const value = Number(params.get(name));
  return params.has(name) && Number.isInteger(value) && value >= 0 ? value : fallback;
}

/** One of the allowed values from the address bar, else undefined. */
export function enumParam<T extends string>(params: ParamMap, name: string, allowed: readonly T[]): T | undefined {
  const value = params.get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Drops empty values so the address bar stays short. */
export function cleanQuery(query: Record<string, string | number | boolean | null | undefined>) {
  const result: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    result[key] = typeof value === 'boolean' ? 'true' : value;
  }
  return result;
}
