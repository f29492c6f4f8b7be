import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from './actor';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { permissionsOf, Role } from './roles';
import { AppError, ErrorCode, unauthenticated } from '../common/errors';
import { prefixOf } from '../jurisdiction/division-code';
import { levelOfCode } from '../jurisdiction/division-code';
import { User } from '../modules/users/user.entity';

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** `ffp_` + 32 random bytes: recognisable in logs and secret scanners, unguessable. */
export function newTokenValue(): string {
  return `ffp_${randomBytes(32).toString('base64url')}`;
}

export function actorForUser(
  user: Pick<User, 'id' | 'username' | 'divisionCode' | 'roles' | 'mustChangePassword'> & {
    partnerName?: string | null;
  },
): Actor {
  return {
    kind: 'USER',
    id: user.id,
    name: user.username,
    divisionCode: user.divisionCode,
    scopePrefix: prefixOf(user.divisionCode, levelOfCode(user.divisionCode)),
    roles: user.roles,
    permissions: permissionsOf(user.roles),
    mustChangePassword: user.mustChangePassword,
    partnerName: user.partnerName ?? null,
  };
}

export function actorForApiToken(token: AccessToken): Actor {
  const roles = token.role ? [token.role] : [];
  return {
    kind: 'API_TOKEN',
    id: token.id,
    name: `api:${token.name ?? token.tokenPrefix}`,
    divisionCode: token.divisionCode,
    scopePrefix: prefixOf(token.divisionCode),
    roles,
    permissions: permissionsOf(roles as Role[]),
    partnerName: token.partnerName ?? null,
  };
}

/**
 * Token → actor, kept for a few seconds so a request costs no lookup statement. Exact, not
 * eventually right: whatever ends or changes a token or its account (logout, revoke, disable,
 * password reset or change, roles or division changed) calls `forgetActors` after its commit. That
 * drops the entries here and, through PostgreSQL LISTEN/NOTIFY (`actor-cache-sync.ts`), on every
 * other API instance; an instance whose listening connection is down keeps nothing cached. A lookup
 * that was under way while that happened is not kept (the generation moved on).
 */
export const ACTOR_CACHE_TTL_MS = 10_000;
const ACTOR_CACHE_MAX = 10_000;
interface CachedActor {
  actor: Actor;
  until: number;
  expiresAt: number | null;
  userId: string | null;
  lastUsedAt: number | null;
}
const actorCache = new Map<string, CachedActor>();
let generation = 0;

export interface ActorForgetting {
  tokenId?: string;
  userId?: string;
}

/** How other instances hear of a change: set by actor-cache-sync.ts when the process listens. */
const sync: { publish: (of: ActorForgetting | undefined) => Promise<void>; usable: () => boolean } = {
  publish: async () => undefined,
  usable: () => true,
};

export function setActorCacheSync(hooks: typeof sync): void {
  Object.assign(sync, hooks);
}

/**
 * Drops cached actors of a token, of every token of a user, or (no argument) all of them, here and
 * on every other instance. Call after the change has committed; resolves once the others are told.
 */
export async function forgetActors(of?: ActorForgetting): Promise<void> {
  forgetLocalActors(of);
  await sync.publish(of);
}

/** Drops cached actors in this process only (a notification from another instance, a lost listener). */
export function forgetLocalActors(of?: ActorForgetting): void {
  generation++;
  if (!of || (!of.tokenId && !of.userId)) {
    actorCache.clear();
    return;
  }
  for (const [hash, entry] of actorCache) {
    if ((of.tokenId && entry.actor.tokenId === of.tokenId) || (of.userId && entry.userId === of.userId))
      actorCache.delete(hash);
  }
}

/** How many actors are cached (tests). */
export const cachedActorCount = () => actorCache.size;

/**
 * Resolves a bearer token to its actor, or explains why it cannot (expired, revoked, disabled).
 * Runs on a system-scoped EntityManager: the actor, and so the jurisdiction, is not known yet.
 */
export async function authenticate(emOf: EntityManager | (() => EntityManager), bearer: string): Promise<Actor> {
  const em = () => (typeof emOf === 'function' ? emOf() : emOf);
  const hash = hashToken(bearer);
  const now = Date.now();
  const cached = sync.usable() ? actorCache.get(hash) : undefined;
  if (cached && cached.until > now && (cached.expiresAt === null || cached.expiresAt > now)) {
    if (cached.actor.kind === 'API_TOKEN' && (cached.lastUsedAt === null || now - cached.lastUsedAt >= 60_000)) {
      cached.lastUsedAt = now;
      touch(em(), cached.actor.tokenId!);
    }
    return cached.actor;
  }
  if (cached) actorCache.delete(hash);
  const started = generation;
  const { actor, token } = await lookUp(em(), hash);
  if (generation === started && sync.usable()) {
    if (actorCache.size >= ACTOR_CACHE_MAX) actorCache.delete(actorCache.keys().next().value!);
    actorCache.set(hash, {
      actor,
      until: Date.now() + ACTOR_CACHE_TTL_MS,
      expiresAt: token.expiresAt?.getTime() ?? null,
      userId: token.userId ?? null,
      lastUsedAt: token.lastUsedAt?.getTime() ?? null,
    });
  }
  return actor;
}

/**
 * The same checks for a session known by its id, uncached: a signed download link names the session
 * that asked for it, so logging out, expiry or a disabled account end the link at once.
 */
export async function authenticateTokenId(em: EntityManager, tokenId: string): Promise<Actor> {
  return (await actorOfToken(em, await em.findOne(AccessToken, { id: tokenId }, { filters: false }))).actor;
}

async function lookUp(em: EntityManager, hash: string): Promise<{ actor: Actor; token: AccessToken }> {
  return actorOfToken(em, await em.findOne(AccessToken, { tokenHash: hash }, { filters: false }));
}

async function actorOfToken(
  em: EntityManager,
  token: AccessToken | null,
): Promise<{ actor: Actor; token: AccessToken }> {
  if (!token) throw unauthenticated('令牌无效，请重新登录');
  if (token.revokedAt) throw unauthenticated('令牌已注销，请重新登录');
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) throw unauthenticated('登录已过期，请重新登录');
  if (token.kind === AccessTokenKind.API) {
    if (!token.lastUsedAt || Date.now() - token.lastUsedAt.getTime() >= 60_000) {
      touch(em, token.id);
      token.lastUsedAt = new Date();
    }
    return { actor: { ...actorForApiToken(token), tokenId: token.id }, token };
  }
  const user = await em.findOne(User, { id: token.userId! }, { filters: false });
  if (!user) throw unauthenticated('令牌无效，请重新登录');
  if (user.disabled) throw new AppError(ErrorCode.UNAUTHENTICATED, '账号已停用，请联系管理员');
  return { actor: { ...actorForUser(user), tokenId: token.id }, token };
}

/**
 * Ends a person's login sessions (password reset or change, account disabled), except `keepTokenId`
 * (the session changing its own password). By user id across divisions: a session opened before
 * the account moved keeps its old division. Changes are flushed by the caller, so they are audited.
 */
export async function revokeSessions(em: EntityManager, userId: string, keepTokenId?: string): Promise<number> {
  const sessions = await em.find(
    AccessToken,
    {
      userId,
      kind: AccessTokenKind.SESSION,
      revokedAt: null,
      ...(keepTokenId && { id: { $ne: keepTokenId } }),
    },
    { filters: false },
  );
  const now = new Date();
  for (const session of sessions) session.revokedAt = now;
  return sessions.length;
}

/** Last use is advisory: recorded at most once a minute, outside any transaction of the request. */
function touch(em: EntityManager, tokenId: string): void {
  void em
    .getConnection()
    .execute('update access_token set last_used_at = now() where id = ?', [tokenId])
    .catch(() => undefined);
}
