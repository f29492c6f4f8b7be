import type { MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import { AppError, ErrorCode } from './errors';

/**
 * Per-token request budget for partner operations, kept in this process (a token bucket per
 * access token: `limit` requests per minute, refilled continuously). With several API processes
 * each keeps its own budget. The limit is PARTNER_RATE_LIMIT_PER_MINUTE (config), 0 turns it off.
 */
interface Bucket { tokens: number; at: number }
const buckets = new Map<string, Bucket>();

export function takeToken(key: string, limitPerMinute: number, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  if (limitPerMinute <= 0) return { ok: true };
  const perMs = limitPerMinute / 60_000;
  const bucket = buckets.get(key) ?? { tokens: limitPerMinute, at: now };
  bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (now - bucket.at) * perMs);
  bucket.at = now;
  buckets.set(key, bucket);
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return { ok: true };
  }
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
}

/** Forgets every bucket (tests). */
export const resetRateLimits = () => buckets.clear();

/** Middleware for the partner operations: one budget per access token (or per account). */
export const PartnerRateLimit: MiddlewareFn<Context> = ({ context }, next) => {
  const actor = context.actor;
  const key = actor?.tokenId ?? actor?.id;
  if (key) {
    const result = takeToken(key, context.config.partnerRateLimitPerMinute);
    if (!result.ok) {
      throw new AppError(ErrorCode.RATE_LIMITED, `请求过于频繁：每个令牌每分钟最多 ${context.config.partnerRateLimitPerMinute} 次，请 ${result.retryAfterSeconds} 秒后重试`, {
        retryAfterSeconds: result.retryAfterSeconds, limitPerMinute: context.config.partnerRateLimitPerMinute,
      });
    }
  }
  return next();
};
