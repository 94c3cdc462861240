/**
 * Production: exchanges the Direct Line secret for a short-lived token at the Direct Line service,
 * so the secret never reaches the browser.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

export const DIRECT_LINE_SERVICE = 'https://directline.botframework.com/v3/directline';

const TIMEOUT_MS = 10_000;

const tokenResponse = z.object({
  conversationId: z.string().min(1),
  token: z.string().min(1),
  expires_in: z.number().int().positive(),
});

export type DirectLineToken = z.infer<typeof tokenResponse>;

/** The service did not give a usable token; `reason` is for the logs only (never the secret). */
export class TokenServiceError extends Error {
  constructor(readonly reason: string) {
    super(`Direct Line token exchange failed: ${reason}`);
    this.name = 'TokenServiceError';
  }
}

export interface TokenServiceOptions {
  secret: string;
  /** Base URL of the Direct Line API (the European region is https://europe.directline.botframework.com/v3/directline). */
  serviceUrl?: string;
}

/** Asks the service for a token bound to a new conversation and an anonymous user id. */
export async function generateToken({ secret, serviceUrl = DIRECT_LINE_SERVICE }: TokenServiceOptions): Promise<DirectLineToken> {
  const userId = `dl_${randomBytes(12).toString('hex')}`;
  let response: Response;
  try {
    response = await fetch(`${serviceUrl.replace(/\/+$/, '')}/tokens/generate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ user: { id: userId } }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (err) {
    throw new TokenServiceError(err instanceof Error ? err.name : 'network error');
  }
  if (!response.ok) throw new TokenServiceError(`HTTP ${response.status}`);
  const parsed = tokenResponse.safeParse(await response.json().catch(() => null));
  if (!parsed.success) throw new TokenServiceError('unexpected response body');
  return parsed.data;
}
