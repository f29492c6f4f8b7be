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

export function actorForUser(user: Pick<User, 'id' | 'username' | 'divisionCode' | 'roles' | 'mustChangePassword'> & { partnerName?: string | null }): Actor {
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
 * Resolves a bearer token to its actor, or explains why it cannot (expired, revoked, disabled).
 * Runs on a system-scoped EntityManager: the actor, and so the jurisdiction, is not known yet.
 */
export async function authenticate(em: EntityManager, bearer: string): Promise<Actor> {
  const token = await em.findOne(AccessToken, { tokenHash: hashToken(bearer) }, { filters: false });
  return actorOfToken(em, token);
}

/**
 * The same checks for a session known by its id: a signed download link names the session that
 * asked for it, so logging out, expiry or a disabled account end the link too.
 */
export async function authenticateTokenId(em: EntityManager, tokenId: string): Promise<Actor> {
  return actorOfToken(em, await em.findOne(AccessToken, { id: tokenId }, { filters: false }));
}

async function actorOfToken(em: EntityManager, token: AccessToken | null): Promise<Actor> {
  if (!token) throw unauthenticated('令牌无效，请重新登录');
  if (token.revokedAt) throw unauthenticated('令牌已注销，请重新登录');
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) throw unauthenticated('登录已过期，请重新登录');
  if (token.kind === AccessTokenKind.API) {
    touch(em, token);
    return { ...actorForApiToken(token), tokenId: token.id };
  }
  const user = await em.findOne(User, { id: token.userId! }, { filters: false });
  if (!user) throw unauthenticated('令牌无效，请重新登录');
  if (user.disabled) throw new AppError(ErrorCode.UNAUTHENTICATED, '账号已停用，请联系管理员');
  return { ...actorForUser(user), tokenId: token.id };
}

/**
 * Ends a person's login sessions (password reset or change, account disabled), except `keepTokenId`
 * (the session changing its own password). By user id across divisions: a session opened before
 * the account moved keeps its old division. Changes are flushed by the caller, so they are audited.
 */
export async function revokeSessions(em: EntityManager, userId: string, keepTokenId?: string): Promise<number> {
  const sessions = await em.find(AccessToken, {
    userId, kind: AccessTokenKind.SESSION, revokedAt: null, ...(keepTokenId && { id: { $ne: keepTokenId } }),
  }, { filters: false });
  const now = new Date();
  for (const session of sessions) session.revokedAt = now;
  return sessions.length;
}

/** Last use is advisory: recorded at most once a minute, outside any transaction of the request. */
function touch(em: EntityManager, token: AccessToken): void {
  const now = Date.now();
  if (token.lastUsedAt && now - token.lastUsedAt.getTime() < 60_000) return;
  void em.getConnection().execute('update access_token set last_used_at = now() where id = ?', [token.id]).catch(() => undefined);
}
