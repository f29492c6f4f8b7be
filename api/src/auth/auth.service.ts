import type { Context } from '../context';
import { becomeActor } from './become-actor';
import { AuditAction } from '../audit/audit-entry.entity';
import { AppError, badInput, ErrorCode, forbidden, notFound, unauthenticated } from '../common/errors';
import { countHits, forgiveHits } from '../database/rate-counter';
import { ADDRESS_WINDOW_MS, beginLogin, failureDelayMs, loginSucceeded, type LoginAttempt } from './login-throttle';
import { User } from '../modules/users/user.entity';
import { AccessToken, AccessTokenKind } from './access-token.entity';
import { hashPassword, passwordWeakness, verifyPassword } from './password';
import { actorForUser, forgetActors, hashToken, newTokenValue, revokeSessions } from './token.service';
import type { LoginPayload } from './auth.types';

/** 等保 2.0 登录失败处理: regional policy defaults, not from the seeds. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Wrong current passwords in `changePassword` per account and 15 minutes (regional default). */
export const MAX_FAILED_PASSWORD_CHANGES = 5;
const PASSWORD_CHANGE_WINDOW_MS = 15 * 60_000;
const UNKNOWN_DIVISION = '000000000000';

/**
 * The one answer to every failed sign-in (unknown user, wrong password, locked account), so the
 * answer does not tell which usernames exist or which accounts are locked.
 */
export const LOGIN_FAILED_MESSAGE = `用户名或密码错误（连续错误 ${MAX_FAILED_LOGINS} 次账号将锁定 ${LOCK_MINUTES} 分钟）`;
const loginFailed = () => unauthenticated(LOGIN_FAILED_MESSAGE);

/** Verified against when the username is unknown, so timing does not tell which usernames exist. */
let decoyHash: Promise<string> | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export class AuthService {
  /**
   * Every attempt runs one scrypt (against a decoy hash for unknown users); failures are counted
   * by one atomic UPDATE, so parallel guesses each count; a locked account refuses the right
   * password with the same answer as a wrong one.
   */
  async login(ctx: Context, username: string, password: string): Promise<LoginPayload> {
    const address = ctx.clientAddress;
    const attempt = address ? await beginLogin(ctx.em, address, username) : null;
    if (attempt && !attempt.allowed) {
      this.recordFailure(ctx, null, username, '来源地址对该账号登录失败过多');
      throw unauthenticated(`登录尝试过于频繁，请 ${ADDRESS_WINDOW_MS / 60_000} 分钟后再试`);
    }
    // Before sign-in there is no jurisdiction: look the account up across the whole system.
    const user = await ctx.em.findOne(
      User,
      { username: username.trim() },
      { filters: false, populate: ['passwordHash'] },
    );
    const valid = await verifyPassword(
      password,
      user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy-password-1!'))),
    );
    if (!user) return this.fail(ctx, attempt, null, username, '用户不存在');
    if (!valid) return this.fail(ctx, attempt, user, username, '密码错误');

    // The lock is checked and the counter cleared in one statement: a parallel failure cannot slip between.
    const cleared = await ctx.em.getConnection().execute<Array<{ disabled: boolean }>>(
      `update app_user set failed_logins = 0, locked_until = null, last_login_at = now()
        where id = ? and (locked_until is null or locked_until <= now()) returning disabled`,
      [user.id],
    );
    if (cleared.length === 0) return this.fail(ctx, attempt, user, username, '账号已锁定');
    if (cleared[0].disabled) {
      this.recordFailure(ctx, user, username, '账号已停用');
      throw forbidden('账号已停用，请联系管理员');
    }
    if (attempt) await loginSucceeded(ctx.em, attempt);

    becomeActor(ctx, actorForUser(user));
    const token = newTokenValue();
    const expiresAt = new Date(Date.now() + ctx.config.sessionHours * 3600_000);
    ctx.em.create(AccessToken, {
      kind: AccessTokenKind.SESSION,
      tokenHash: hashToken(token),
      tokenPrefix: token.slice(0, 12),
      userId: user.id,
      divisionCode: user.divisionCode,
      expiresAt,
    });
    await ctx.em.flush();
    ctx.audit.event({
      action: AuditAction.LOGIN,
      entityName: 'User',
      entityId: user.id,
      divisionCode: user.divisionCode,
      changes: null,
    });
    return { token, expiresAt, user };
  }

  /** Counts the failure (locking at the limit), logs it, holds back repeated failures from one address, answers. */
  private async fail(
    ctx: Context,
    attempt: LoginAttempt | null,
    user: User | null,
    username: string,
    reason: string,
  ): Promise<never> {
    let why = reason;
    if (user) {
      const [row] = await ctx.em.getConnection().execute<Array<{ failed_logins: number; just_locked: boolean }>>(
        `update app_user set failed_logins = failed_logins + 1,
           locked_until = case when failed_logins + 1 >= ? and (locked_until is null or locked_until <= now())
                               then now() + ? * interval '1 minute' else locked_until end
         where id = ?
         returning failed_logins, locked_until = now() + ? * interval '1 minute' as just_locked`,
        [MAX_FAILED_LOGINS, LOCK_MINUTES, user.id, LOCK_MINUTES],
      );
      if (row?.just_locked) why = `${reason}，连续失败 ${row.failed_logins} 次，锁定 ${LOCK_MINUTES} 分钟`;
    }
    this.recordFailure(ctx, user, username, why);
    const delay = attempt ? failureDelayMs(attempt) : 0;
    if (delay > 0) await sleep(delay);
    throw loginFailed();
  }

  async logout(ctx: Context): Promise<boolean> {
    const tokenId = ctx.actor?.tokenId;
    const session = tokenId ? await ctx.em.findOne(AccessToken, { id: tokenId, kind: AccessTokenKind.SESSION }) : null;
    if (!session) return false;
    session.revokedAt = new Date();
    await ctx.em.flush();
    await forgetActors({ tokenId: session.id });
    ctx.audit.event({
      action: AuditAction.LOGOUT,
      entityName: 'User',
      entityId: session.userId ?? null,
      divisionCode: session.divisionCode,
      changes: null,
    });
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
      id: actor.id!,
      username: actor.name,
      displayName: actor.name,
      divisionCode: actor.divisionCode,
      roles: [...actor.roles],
      version: 1,
    });
  }

  async changePassword(ctx: Context, oldPassword: string, newPassword: string): Promise<boolean> {
    const actor = ctx.actor!;
    if (actor.kind !== 'USER') throw forbidden('合作方令牌没有密码');
    // Wrong current passwords are counted per account (on every instance): a stolen session cannot
    // guess its way to the password. Counted as the attempt starts, taken back when it succeeds.
    const [attempt] = await countHits(ctx.em, [
      { key: `change-password:${actor.id}`, windowMs: PASSWORD_CHANGE_WINDOW_MS },
    ]);
    if (attempt.count > MAX_FAILED_PASSWORD_CHANGES) {
      throw new AppError(
        ErrorCode.RATE_LIMITED,
        `原密码错误次数过多，请 ${Math.ceil(attempt.resetInSeconds / 60)} 分钟后再试`,
        {
          retryAfterSeconds: attempt.resetInSeconds,
        },
      );
    }
    const user = await ctx.em.findOneOrFail(User, { id: actor.id! }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(oldPassword, user.passwordHash))) throw badInput('oldPassword', '原密码不正确');
    await forgiveHits(ctx.em, [attempt]);
    const weakness = passwordWeakness(newPassword);
    if (weakness) throw badInput('newPassword', weakness);
    if (oldPassword === newPassword) throw badInput('newPassword', '新密码不能与原密码相同');
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = false;
    // Whoever else holds a session of this account (the reason to change a password) loses it.
    await ctx.em.transactional(async (em) => {
      await revokeSessions(em, user.id, actor.tokenId);
      await em.flush();
    });
    await forgetActors({ userId: user.id });
    ctx.actor = ctx.scope.actor = { ...actor, mustChangePassword: false };
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
