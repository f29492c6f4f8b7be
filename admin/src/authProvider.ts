import type { AuthProvider, UserIdentity } from 'react-admin';
import { graphqlRequest } from './dataProvider/graphqlRequest';
import { LoginMutation, LogoutMutation } from './dataProvider/operations';
import { isAllowed } from './permissions';
import {
  clearSession,
  getSessionPermissions,
  getSessionUser,
  hasValidSession,
  markSessionExpired,
  saveSession,
  type SessionUser,
} from './session';

export interface ConsoleIdentity extends UserIdentity {
  username: string;
  displayName: string;
  roles: SessionUser['roles'];
  division: SessionUser['division'];
  mustChangePassword: boolean;
}

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const { login } = await graphqlRequest(LoginMutation, {
      username: (username ?? '').trim(),
      password: password ?? '',
    });
    const { user } = login;
    saveSession(login.token, login.expiresAt, {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      permissions: user.permissions,
      mustChangePassword: user.mustChangePassword,
      division: user.division
        ? { code: user.division.code, name: user.division.name, level: user.division.level }
        : null,
    });
  },

  async logout() {
    if (hasValidSession()) {
      try {
        await graphqlRequest(LogoutMutation);
      } catch {
        // The session may already be gone on the server: signing out locally is what matters.
      }
    }
    clearSession();
  },

  async checkAuth() {
    if (!hasValidSession()) {
      const hadSession = getSessionUser() !== null;
      clearSession();
      // A first visit goes to the sign-in page quietly; after an expired session the sign-in page says so.
      if (hadSession) markSessionExpired();
      throw { message: false };
    }
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      if (getSessionUser() !== null) markSessionExpired();
      clearSession();
      throw { message: false }; // the sign-in page says the session expired
    }
    // 403 and the rest are shown to the user; the session stays.
  },

  async getIdentity(): Promise<ConsoleIdentity> {
    const user = getSessionUser();
    if (!user) throw new Error('ra.auth.auth_check_error');
    return {
      id: user.id,
      fullName: user.displayName,
      username: user.username,
      displayName: user.displayName,
      roles: user.roles,
      division: user.division,
      mustChangePassword: Boolean(user.mustChangePassword),
    };
  },

  async getPermissions() {
    return getSessionPermissions();
  },

  async canAccess({ resource, action }: { resource: string; action: string }) {
    return isAllowed(getSessionPermissions(), resource, action);
  },
};

export default authProvider;
