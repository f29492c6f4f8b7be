import type { Context } from '../context';
import { becomeActor } from '../context';
import { AuditAction } from '../audit/audit-entry.entity';
import { AppError, ErrorCode, badInput, forbidden, notFound, unauthenticated } from '../common/errors';
import { User } from '../modules/users/user.entity';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { hashPassword, passwordWeakness, verifyPassword } from './password';
import { actorForUser, hashToken, newTokenValue } from './token.service';
import type { LoginPayload } from './auth.types';

const MAX_FAILED_LOGINS = 5;
const LOCK_MINUTES = 15;
const UNKNOWN_DIVISION = '000000000000';

/** Verified against when the username is unknown, so timing does not tell which usernames exist. */
let decoyHash: Promise<string> | undefined;

export class AuthService {
  async login(ctx: Context, username: string, password: string): Promise<LoginPayload> {
    const wrong = () => unauthenticated('用户名或密码错误');
    // Before sign-in there is no jurisdiction: look the account up across the whole system.
    const user = await ctx.em.findOne(User, { username: username.trim() }, { filters: false, populate: ['passwordHash'] });
    if (!user) {
      await verifyPassword(password, await (decoyHash ??= hashPassword('decoy-password-1!')));
      this.recordFailure(ctx, null, username, '用户不存在');
      throw wrong();
    }
    if (user.lockedUntil && user.lockedUntil.getTime() > Date.now()) {
      this.recordFailure(ctx, user, username, '账号已锁定');
      throw new AppError(ErrorCode.FORBIDDEN, `连续登录失败次数过多，账号已锁定，请于 ${LOCK_MINUTES} 分钟后重试或联系管理员`);
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      user.failedLogins += 1;
      if (user.failedLogins >= MAX_FAILED_LOGINS) user.lockedUntil = new Date(Date.now() + LOCK_MINUTES * 60_000);
      await ctx.em.flush();
      this.recordFailure(ctx, user, username, '密码错误');
      throw wrong();
    }
    if (user.disabled) {
      this.recordFailure(ctx, user, username, '账号已停用');
      throw forbidden('账号已停用，请联系管理员');
    }

    becomeActor(ctx, actorForUser(user));
    const token = newTokenValue();
    const expiresAt = new Date(Date.now() + ctx.config.sessionHours * 3600_000);
    user.failedLogins = 0;
    user.lockedUntil = null;
    user.lastLoginAt = new Date();
    ctx.em.create(AccessToken, {
      kind: AccessTokenKind.SESSION,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 12),
      userId: user.id,
      divisionCode: user.divisionCode,
      expiresAt,
    });
    await ctx.em.flush();
    ctx.audit.event({ action: AuditAction.LOGIN, entityName: 'User', entityId: user.id, divisionCode: user.divisionCode, changes: null });
    return { token, expiresAt, user };
  }

  async logout(ctx: Context): Promise<boolean> {
    const tokenId = ctx.actor?.tokenId;
    const session = tokenId ? await ctx.em.findOne(AccessToken, { id: tokenId, kind: AccessTokenKind.SESSION }) : null;
    if (!session) return false;
    session.revokedAt = new Date();
    await ctx.em.flush();
    ctx.audit.event({ action: AuditAction.LOGOUT, entityName: 'User', entityId: session.userId ?? null, divisionCode: session.divisionCode, changes: null });
    return true;
  }

  /** The signed-in person, or for a partner token a read-only description of the token's identity. */
  async me(ctx: Context): Promise<User> {
    const actor = ctx.actor!;
    if (actor.kind === 'USER') {
      const user = await ctx.em.findOne(User, { id: actor.id! });
      if (!user) throw notFound('用户');
      return user;
    }
    return Object.assign(new User(), {
      id: actor.id!, username: actor.name, displayName: actor.name, divisionCode: actor.divisionCode,
      roles: [...actor.roles], version: 1,
    });
  }

  async changePassword(ctx: Context, oldPassword: string, newPassword: string): Promise<boolean> {
    const actor = ctx.actor!;
    if (actor.kind !== 'USER') throw forbidden('API 令牌没有密码');
    const user = await ctx.em.findOneOrFail(User, { id: actor.id! }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(oldPassword, user.passwordHash))) throw badInput('oldPassword', '原密码不正确');
    const weakness = passwordWeakness(newPassword);
    if (weakness) throw badInput('newPassword', weakness);
    if (oldPassword === newPassword) throw badInput('newPassword', '新密码不能与原密码相同');
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    await ctx.em.flush();
    return true;
  }

  private recordFailure(ctx: Context, user: User | null, username: string, reason: string): void {
    ctx.audit.event({
      action: AuditAction.LOGIN_FAILED,
      entityName: 'User',
      entityId: user?.id ?? null,
      divisionCode: user?.divisionCode ?? UNKNOWN_DIVISION,
      changes: { username: username.slice(0, 64), reason },
    });
  }
}
