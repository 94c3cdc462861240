/**
 * Fixed-window request counter per client address, in memory (one instance of the service).
 */
import type { Request } from 'restify';

export interface RateLimiter {
  /** Counts one request; false when the client is over its allowance for the current window. */
  allow(key: string): boolean;
}

export function createRateLimiter(limit: number, windowMs: number, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(key) {
      const time = now();
      if (windows.size > 10_000) {
        for (const [k, w] of windows) if (time - w.start >= windowMs) windows.delete(k);
      }
      const current = windows.get(key);
      if (!current || time - current.start >= windowMs) {
        windows.set(key, { start: time, count: 1 });
        return true;
      }
      current.count += 1;
      return current.count <= limit;
    },
  };
}

/** "1.2.3.4:5678" → "1.2.3.4", "[::1]:80" → "::1"; anything else unchanged. */
function withoutPort(address: string): string {
  return address.replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1').replace(/^\[(.+)\]:\d+$/, '$1');
}

/**
 * The client address. Behind Azure App Service the front end appends "ip:port" to X-Forwarded-For,
 * so the last entry is the one the platform saw; without a proxy, the socket address.
 */
export function clientAddress(req: Request): string {
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const last = header?.split(',').pop()?.trim();
  if (last) return withoutPort(last);
  return req.socket.remoteAddress ?? 'unknown';
}
