import type { DivisionLevel, Permission, Role } from './gql/graphql';
import { TOKEN_KEY } from './dataProvider/graphqlRequest';

/** What the console keeps in localStorage about the signed-in user. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: Permission[];
  mustChangePassword?: boolean;
  division: { code: string; name: string; level: DivisionLevel } | null;
}

export const EXPIRES_KEY = 'ffp.expiresAt';
export const USER_KEY = 'ffp.user';

export function saveSession(token: string, expiresAt: string, user: SessionUser) {
  localStorage.setItem(TOKEN_KEY, token);
  localStorage.setItem(EXPIRES_KEY, expiresAt);
  localStorage.setItem(USER_KEY, JSON.stringify(user));
}

export function clearSession() {
  localStorage.removeItem(TOKEN_KEY);
  localStorage.removeItem(EXPIRES_KEY);
  localStorage.removeItem(USER_KEY);
}

export function getToken(): string | null {
  return localStorage.getItem(TOKEN_KEY);
}

/** True while a token is stored and its expiry has not passed. */
export function hasValidSession(now = Date.now()): boolean {
  const token = getToken();
  const expiresAt = Date.parse(localStorage.getItem(EXPIRES_KEY) ?? '');
  return Boolean(token) && Number.isFinite(expiresAt) && expiresAt > now;
}

export function getSessionUser(): SessionUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as SessionUser) : null;
  } catch {
    return null;
  }
}

/** Like the API: until a password set by someone else is changed, nothing but the account itself. */
export function getSessionPermissions(): Permission[] {
  const user = getSessionUser();
  return user?.mustChangePassword ? [] : user?.permissions ?? [];
}

/** After the user changed their password: the stored copy no longer asks for it. */
export function markPasswordChanged() {
  const user = getSessionUser();
  if (user) localStorage.setItem(USER_KEY, JSON.stringify({ ...user, mustChangePassword: false }));
}
