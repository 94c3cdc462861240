/**
 * Requests allowed per client address and minute on the Direct Line routes (rate-limiter-flexible,
 * in memory: one instance of the service; each key expires with its window, nothing to sweep).
 */
import { isIP } from 'node:net';
import type { Request } from 'restify';
// The memory limiter's own modules: the package's index loads every store it supports (Redis, Mongo, SQL…: 36 modules).
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js';

export interface RateLimiter {
  /** Counts one request; false when the client is over its allowance for the current window. */
  allow(key: string): Promise<boolean>;
}

export function createRateLimiter(limit: number, windowSeconds: number): RateLimiter {
  const limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds });
  return {
    async allow(key) {
      try {
        await limiter.consume(key);
        return true;
      } catch (err) {
        if (err instanceof RateLimiterRes) return false;
        throw err;
      }
    },
  };
}

/** "1.2.3.4:5678" → "1.2.3.4", "[::1]:80" → "::1"; anything else unchanged. */
function withoutPort(address: string): string {
  return address.replace(/^(\d+\.\d+\.\d+\.\d+):\d+$/, '$1').replace(/^\[(.+)\]:\d+$/, '$1');
}

/**
 * The client address. With `trustedHops` proxies in front (each appends the address it saw to
 * X-Forwarded-For), the client is the entry that many places from the right; entries further left
 * were written by the client and are ignored. With no trusted proxy, the socket address.
 */
export function clientAddress(req: Request, trustedHops: number): string {
  const socket = req.socket.remoteAddress ?? 'unknown';
  if (trustedHops === 0) return socket;
  const forwarded = req.headers['x-forwarded-for'];
  const header = Array.isArray(forwarded) ? forwarded.join(',') : forwarded;
  const entries = (header ?? '')
    .split(',')
    .map((entry) => withoutPort(entry.trim()))
    .filter(Boolean);
  const candidate = entries[Math.max(0, entries.length - trustedHops)];
  return candidate && isIP(candidate) ? candidate : socket;
}
