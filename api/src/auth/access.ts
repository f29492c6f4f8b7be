import type { Actor } from './actor';
import { Permission } from './permission';
import { BUSINESS_ROLE_LEVELS, Role, dutyClash, permissionsOf } from './roles';
import { badInput, forbidden } from '../common/errors';
import { depthOf, isInside, levelOfCode } from '../jurisdiction/division-code';

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

/**
 * Granting a role set (create, change of roles): never one that joins account administration with
 * approval (三员分立, `dutyClash`); otherwise as `assertMayGrant`.
 */
export function assertCanGrant(actor: Actor, roles: readonly Role[]): void {
  const clash = dutyClash(roles);
  if (clash) {
    throw badInput(
      'input.roles',
      `用户管理与业务审批不能由同一账号兼任（三员分立），请分设账号：${clash.administration.join('、')} 与 ${clash.approval.join('、')}`,
    );
  }
  assertMayGrant(actor, roles);
}

/**
 * Roles may be granted only if every permission they carry is held by the granter (DHIS2), or, by a
 * user administrator, if they are business roles at or below its own level (`BUSINESS_ROLE_LEVELS`).
 */
function assertMayGrant(actor: Actor, roles: readonly Role[]): void {
  if (can(actor, Permission.USER_GRANT_ANY)) return;
  const missing = [...permissionsOf(roles)].filter((p) => !actor.permissions.has(p));
  if (missing.length === 0) return;
  const depth = depthOf(levelOfCode(actor.divisionCode));
  const administersBusiness =
    can(actor, Permission.USER_MANAGE) &&
    roles.every((role) => BUSINESS_ROLE_LEVELS[role] !== undefined && depthOf(BUSINESS_ROLE_LEVELS[role]!) >= depth);
  if (!administersBusiness) throw forbidden(`不能授予自己不具备的权限：${missing.join('、')}`);
}

/**
 * An administrator manages accounts inside their division whose roles they may grant (so a county
 * admin cannot reset a security admin's password), never their own roles.
 */
export function assertCanManageUser(
  actor: Actor,
  target: { id: string; divisionCode: string; roles: readonly Role[] },
): void {
  assertInJurisdiction(actor, target.divisionCode);
  assertMayGrant(actor, target.roles);
}
