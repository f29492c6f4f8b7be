import type { Actor } from './actor';
import { Permission } from './permission';
import { Role, permissionsOf } from './roles';
import { forbidden } from '../common/errors';
import { isInside } from '../jurisdiction/division-code';

/**
 * The permission core's rules beyond "has permission X" (which @Allow declares): jurisdiction on
 * writes and the DHIS2 rule that administrators grant only what they hold. Services call these;
 * resolvers never re-implement them.
 */
export const can = (actor: Actor | null | undefined, permission: Permission) =>
  !!actor && (actor.kind === 'SYSTEM' || actor.permissions.has(permission));

/** What a person flagged 须修改密码 may still call: see who they are, change the password, leave. */
export const ALLOWED_BEFORE_PASSWORD_CHANGE: ReadonlySet<string> = new Set(['me', 'changePassword', 'logout']);

/**
 * A password set by someone else (new account, reset, the production `admin`) is known to two
 * people; until its holder replaces it, the account may do nothing else.
 */
export function assertPasswordChangedFor(actor: Actor, operation: string): void {
  if (actor.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.has(operation)) {
    throw forbidden('请先修改初始密码（或管理员重置的密码）后再使用系统');
  }
}

export function isInJurisdiction(actor: Actor, divisionCode: string): boolean {
  return isInside(divisionCode, actor.scopePrefix);
}

/** Writes name a target division (create, move); it must lie inside the actor's division. */
export function assertInJurisdiction(actor: Actor, divisionCode: string): void {
  if (!isInJurisdiction(actor, divisionCode)) {
    throw forbidden(`行政区划 ${divisionCode} 不在您的管辖范围内`);
  }
}

/** Roles may be granted only if every permission they carry is held by the granter. */
export function assertCanGrant(actor: Actor, roles: readonly Role[]): void {
  if (can(actor, Permission.USER_GRANT_ANY)) return;
  const missing = [...permissionsOf(roles)].filter((p) => !actor.permissions.has(p));
  if (missing.length > 0) {
    throw forbidden(`不能授予自己不具备的权限：${missing.join('、')}`);
  }
}

/**
 * An administrator manages accounts inside their division whose permissions they hold
 * themselves (so a county admin cannot reset a security admin's password), never their own roles.
 */
export function assertCanManageUser(actor: Actor, target: { id: string; divisionCode: string; roles: readonly Role[] }): void {
  assertInJurisdiction(actor, target.divisionCode);
  assertCanGrant(actor, target.roles);
}
