import { z } from 'zod';

/**
 * Which X-Forwarded-For entries to believe, in Fastify's own terms: none (false), the
 * last N hops (each trusted proxy appends the address it saw), or proxies by address.
 * Never "all": then a client writes its own address for every per-address limit.
 */
export type TrustProxy = false | number | string[];

const proxyAddress = z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()]);

const HOW_TO =
  'set the number of proxies in front of the api (e.g. TRUST_PROXY=1 behind one nginx or load balancer) ' +
  'or their addresses (e.g. TRUST_PROXY=10.0.0.5,10.0.1.0/24)';

export function parseTrustProxy(value: string): { trust: TrustProxy } | { problem: string } {
  const text = value.trim().toLowerCase();
  if (['false', '0', 'no', ''].includes(text)) return { trust: false };
  if (['true', 'yes'].includes(text)) {
    return {
      problem: `TRUST_PROXY=${value} would believe any address a client writes in X-Forwarded-For: ${HOW_TO}`,
    };
  }
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 0 && hops <= 10) return { trust: hops };
  }
  const addresses = text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (addresses.length > 0 && addresses.every((entry) => proxyAddress.safeParse(entry).success)) {
    return { trust: addresses };
  }
  return {
    problem: `TRUST_PROXY must be false, a number of proxies from 1 to 10, or a comma-separated list of proxy addresses (got "${value}"): ${HOW_TO}`,
  };
}
