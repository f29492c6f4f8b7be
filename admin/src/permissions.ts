import type { Permission } from './gql/graphql';

/**
 * Which server permission each console action needs, mirroring the API's `@Allow(...)` rules.
 * An action not listed here is not offered (divisions and the audit log are read-only; users have no delete).
 * `authProvider.canAccess` reads only this table.
 */
export const RESOURCE_PERMISSIONS: Record<string, Record<string, Permission>> = {
  users: {
    list: 'USER_READ',
    show: 'USER_READ',
    create: 'USER_MANAGE',
    edit: 'USER_MANAGE',
    delete: 'USER_MANAGE',
    disable: 'USER_MANAGE',
    resetPassword: 'USER_MANAGE',
  },
  divisions: {
    list: 'DIVISION_READ',
    show: 'DIVISION_READ',
  },
  apiTokens: {
    list: 'API_TOKEN_MANAGE',
    show: 'API_TOKEN_MANAGE',
    create: 'API_TOKEN_MANAGE',
    revoke: 'API_TOKEN_MANAGE',
  },
  auditEntries: {
    list: 'AUDIT_READ',
    show: 'AUDIT_READ',
  },
  roleDefinitions: {
    list: 'USER_READ',
  },
};

/** The permission the action needs, or null when the console never offers it. */
export function requiredPermission(resource: string, action: string): Permission | null {
  return RESOURCE_PERMISSIONS[resource]?.[action] ?? null;
}

export function isAllowed(permissions: readonly string[], resource: string, action: string): boolean {
  const needed = requiredPermission(resource, action);
  return needed !== null && permissions.includes(needed);
}
