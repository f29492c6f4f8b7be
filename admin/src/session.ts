import type { DivisionLevel, Permission, Role } from './gql/graphql';
import authContract from '../../schema/contract/auth.graphql?raw';
import { GRAPHQL_URL, TOKEN_KEY } from './dataProvider/graphqlRequest';

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
  return user?.mustChangePassword ? [] : (user?.permissions ?? []);
}

/** After the user changed their password: the stored copy no longer asks for it. */
export function markPasswordChanged() {
  const user = getSessionUser();
  if (user) localStorage.setItem(USER_KEY, JSON.stringify({ ...user, mustChangePassword: false }));
}

/** Set when a stored session turned out to be over: the sign-in page says why (once). */
const EXPIRED_FLAG = 'ffp.sessionExpired';

export function markSessionExpired() {
  try {
    sessionStorage.setItem(EXPIRED_FLAG, '1');
  } catch {
    /* storage disabled: no message, no harm */
  }
}

/** True once after a session ended by expiry or revocation (read by the sign-in page). */
export function takeSessionExpired(): boolean {
  try {
    const expired = sessionStorage.getItem(EXPIRED_FLAG) === '1';
    sessionStorage.removeItem(EXPIRED_FLAG);
    return expired;
  } catch {
    return false;
  }
}

/** The contract's `Me`, verbatim: every account may send it, partners included. */
const ME = authContract
  .split(/\n(?=(?:query|mutation) )/)
  .map((part) => part.replace(/^(#.*\n)+/, '').trim())
  .find((part) => /^query Me\b/.test(part))!;

/**
 * Before the console renders: a stored session that has expired, or that the server no longer
 * accepts, is dropped, and a visit without a session opens #/login directly. Left to react-admin,
 * a failed check on the home page logs out, clears its cache, checks again and logs out again,
 * for seconds, before the sign-in form shows. Offline, the stored session is kept.
 */
export async function settleStoredSession(): Promise<void> {
  if (location.hash.startsWith('#/self-report')) return;
  if (getToken() && !hasValidSession()) {
    clearSession();
    markSessionExpired();
  } else if (hasValidSession()) {
    try {
      const response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          Authorization: `Bearer ${getToken()}`,
        },
        body: JSON.stringify({ query: ME, variables: {} }),
        signal: AbortSignal.timeout(3_000),
      });
      const body = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
      if (body.errors?.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
        clearSession();
        markSessionExpired();
      }
    } catch {
      // No network or a slow server: keep the session; the pages say what fails.
    }
  }
  if (!hasValidSession() && !location.hash.startsWith('#/login')) {
    history.replaceState(history.state, '', `${location.pathname}${location.search}#/login`);
  }
}
