/**
 * Security headers. The default policy allows nothing to load (JSON endpoints);
 * an HTML route sets its own policy with `setContentSecurityPolicy`.
 */
import { createHash } from 'node:crypto';
import type { Next, Request, Response } from 'restify';

export const apiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export function securityHeaders(_req: Request, res: Response, next: Next): void {
  // setHeader, not restify's header(): that one appends, and two CSP headers both apply.
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', apiPolicy);
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}

export function setContentSecurityPolicy(res: Response, policy: string): void {
  res.setHeader('Content-Security-Policy', policy);
}

/** CSP source for an inline <style> or <script> body, so no 'unsafe-inline' is needed. */
export function cspHash(content: string): string {
  return `'sha256-${createHash('sha256').update(content, 'utf8').digest('base64')}'`;
}
