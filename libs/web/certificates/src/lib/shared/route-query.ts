import type { ParamMap } from '@angular/router';

/** One of the allowed values from the address bar, else undefined. */
export function enumParam<T extends string>(params: ParamMap, name: string, allowed: readonly T[]): T | undefined {
  const value = params.get(name);
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
