import { useCanAccess, useGetList } from 'react-admin';
import type { Role } from './gql/graphql';
import { ROLE_LABELS } from './labels';

/**
 * Chinese role labels: the server's own (`roleDefinitions`) when the user may read them (USER_READ),
 * otherwise the local table.
 */
export function useRoleLabels(): Record<Role, string> {
  const { canAccess } = useCanAccess({ resource: 'roleDefinitions', action: 'list' });
  const { data } = useGetList<{ id: Role; role: Role; label: string }>(
    'roleDefinitions',
    { pagination: { page: 1, perPage: 100 } },
    { enabled: canAccess === true, staleTime: 60 * 60 * 1000 },
  );
  if (!data?.length) return ROLE_LABELS;
  return { ...ROLE_LABELS, ...Object.fromEntries(data.map((definition) => [definition.role, definition.label])) };
}

/** `{ id, name }` choices for the roles, in the local table's order. */
export function useRoleChoices(only?: readonly Role[]) {
  const labels = useRoleLabels();
  return (Object.keys(ROLE_LABELS) as Role[])
    .filter((role) => !only || only.includes(role))
    .map((role) => ({ id: role, name: labels[role] }));
}

/**
 * Role choices for the user forms. The server lets an administrator grant only roles whose
 * permissions they hold (unless USER_GRANT_ANY); the others are listed but disabled.
 */
export function useGrantableRoleChoices(myPermissions: readonly string[]) {
  const { canAccess } = useCanAccess({ resource: 'roleDefinitions', action: 'list' });
  const { data } = useGetList<{ id: Role; role: Role; label: string; permissions: string[] }>(
    'roleDefinitions',
    { pagination: { page: 1, perPage: 100 } },
    { enabled: canAccess === true, staleTime: 60 * 60 * 1000 },
  );
  const grantAny = myPermissions.includes('USER_GRANT_ANY');
  const byRole = new Map((data ?? []).map((definition) => [definition.role, definition]));
  return (Object.keys(ROLE_LABELS) as Role[]).map((role) => {
    const definition = byRole.get(role);
    const grantable = grantAny || !definition || definition.permissions.every((p) => myPermissions.includes(p));
    return { id: role, name: definition?.label ?? ROLE_LABELS[role], disabled: !grantable };
  });
}
