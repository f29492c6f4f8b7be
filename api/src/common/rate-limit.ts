import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../context';
import type { Actor } from '../auth/actor';
import { PARTNER_ROLES } from '../auth/roles';
import { AppError, ErrorCode } from './errors';
import { countHits, resetRateCounters, type Hit } from '../database/rate-counter';

/**
 * Request budget of partner systems (dashboard and insurer accounts, API tokens): every operation
 * they send counts, per access token and per account, in one-minute windows counted in PostgreSQL
 * (`rate-counter.ts`). So the budget holds across every API instance, and signing in again does
 * not give an account a fresh one. The limit is PARTNER_RATE_LIMIT_PER_MINUTE (config), 0 turns it
 * off. Counted once the operation is known, before it runs.
 */
const WINDOW_MS = 60_000;
const PREFIX = 'partner:';

/** A partner is an actor holding only partner roles (an officer who also reads statistics is not), or an API token. */
export const isPartnerActor = (actor: Actor | null): actor is Actor =>
  !!actor &&
  (actor.kind === 'API_TOKEN' || (actor.roles.length > 0 && actor.roles.every((r) => PARTNER_ROLES.includes(r))));

function budgetKeys(actor: Actor): Hit[] {
  const keys = new Set([`${PREFIX}account:${actor.kind}:${actor.id}`]);
  if (actor.tokenId) keys.add(`${PREFIX}token:${actor.tokenId}`);
  return [...keys].map((key) => ({ key, windowMs: WINDOW_MS }));
}

export function partnerRateLimitPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx }) {
          const limit = ctx.config.partnerRateLimitPerMinute;
          if (limit <= 0 || !isPartnerActor(ctx.actor)) return;
          const over = (await countHits(ctx.em, budgetKeys(ctx.actor))).filter((c) => c.count > limit);
          if (over.length === 0) return;
          const retryAfterSeconds = Math.max(...over.map((c) => c.resetInSeconds));
          // Refused before execution: HTTP 429 (Apollo would answer 500 for an error thrown here).
          throw new AppError(
            ErrorCode.RATE_LIMITED,
            `请求过于频繁：每个合作方账号和令牌每分钟最多 ${limit} 次，请 ${retryAfterSeconds} 秒后重试`,
            {
              retryAfterSeconds,
              limitPerMinute: limit,
              http: { status: 429 },
            },
          );
        },
      };
    },
  };
}

/** Forgets every partner budget (tests). */
export async function resetRateLimits(em: EntityManager): Promise<void> {
  await resetRateCounters(em, PREFIX);
}
