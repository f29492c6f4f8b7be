import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../context';
import { assertCanGrant, assertCanManageUser, assertInJurisdiction } from '../../auth/access';
import { hashPassword, passwordWeakness } from '../../auth/password';
import { Role } from '../../auth/roles';
import { forgetActors, revokeSessions } from '../../auth/token.service';
import { badInput, notFound, staleVersion } from '../../common/errors';
import { escapeLike } from '../../common/text';
import type { Page } from '../../common/pagination';
import { divisionCondition, findPage } from '../../jurisdiction/division-list';
import { isUuid } from '../../common/ids';
import type { DivisionService } from '../divisions/division.service';
import { takenError } from '../../jurisdiction/uniqueness';
import { User } from './user.entity';
import type { CreateUserInput, UpdateUserInput, UserListArgs } from './user.inputs';

export class UserService {
  constructor(private readonly divisions: DivisionService) {}

  async get(ctx: Context, id: string): Promise<User> {
    const user = isUuid(id) ? await ctx.em.findOne(User, { id }) : null;
    if (!user) throw notFound('用户');
    return user;
  }

  async list(ctx: Context, args: UserListArgs): Promise<Page<User>> {
    const where: FilterQuery<User> = { ...divisionCondition(args.divisionCode) };
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.$or = [{ username: { $like: like } }, { displayName: { $like: like } }];
    }
    if (args.role) where.roles = { $contains: [args.role] };
    if (args.disabled !== undefined) where.disabled = args.disabled;
    return findPage(ctx.em, User, where, args, { divisionCode: 'asc', username: 'asc' });
  }

  async create(ctx: Context, input: CreateUserInput): Promise<User> {
    const actor = ctx.actor!;
    assertInJurisdiction(actor, input.divisionCode);
    await this.divisions.get(ctx, input.divisionCode);
    assertCanGrant(actor, input.roles);
    this.checkDepartment(input.roles, input.department);
    const weakness = passwordWeakness(input.password);
    if (weakness) throw badInput('password', weakness);
    // Usernames are global; whose account holds one outside the administrator's division is not said.
    const holder = await ctx.em.findOne(
      User,
      { username: input.username },
      { filters: false, fields: ['divisionCode'] },
    );
    if (holder) {
      throw takenError(
        ctx,
        [{ entityName: 'User', id: holder.id, divisionCode: holder.divisionCode, value: input.username }],
        'username',
        {
          inside: () => `用户名 ${input.username} 已被使用`,
          outside: `用户名 ${input.username} 不可用，请更换`,
        },
      );
    }
    const user = ctx.em.create(User, {
      username: input.username,
      displayName: input.displayName.trim(),
      divisionCode: input.divisionCode,
      roles: dedupe(input.roles),
      department: input.department ?? null,
      phone: input.phone || null,
      passwordHash: await hashPassword(input.password),
      mustChangePassword: true,
    });
    await ctx.em.flush();
    return user;
  }

  async update(ctx: Context, id: string, version: number, input: UpdateUserInput): Promise<User> {
    const actor = ctx.actor!;
    const user = await this.getForManagement(ctx, id, version);
    if (input.divisionCode !== undefined && input.divisionCode !== user.divisionCode) {
      assertInJurisdiction(actor, input.divisionCode);
      await this.divisions.get(ctx, input.divisionCode);
      user.divisionCode = input.divisionCode;
    }
    if (input.roles !== undefined) {
      if (user.id === actor.id) throw badInput('roles', '不能修改自己的角色');
      assertCanGrant(actor, input.roles);
      user.roles = dedupe(input.roles);
    }
    if (input.department !== undefined) user.department = input.department;
    this.checkDepartment(user.roles, user.department ?? undefined);
    if (input.displayName !== undefined) user.displayName = input.displayName.trim();
    if (input.phone !== undefined) user.phone = input.phone || null;
    await ctx.em.flush();
    // Roles and division are the actor's permissions and scope: a cached actor must not outlive them.
    await forgetActors({ userId: user.id });
    return user;
  }

  async setDisabled(ctx: Context, id: string, version: number, disabled: boolean): Promise<User> {
    const user = await this.getForManagement(ctx, id, version);
    if (user.id === ctx.actor!.id) throw badInput('id', '不能停用自己的账号');
    user.disabled = disabled;
    if (!disabled) {
      user.failedLogins = 0;
      user.lockedUntil = null;
    }
    await ctx.em.transactional(async (em) => {
      if (disabled) await revokeSessions(em, user.id);
      await em.flush();
    });
    await forgetActors({ userId: user.id });
    return user;
  }

  /** Sets a new password that the user must change at next sign-in, and ends their sessions. */
  async resetPassword(ctx: Context, id: string, version: number, newPassword: string): Promise<User> {
    const user = await this.getForManagement(ctx, id, version);
    const weakness = passwordWeakness(newPassword);
    if (weakness) throw badInput('newPassword', weakness);
    user.passwordHash = await hashPassword(newPassword);
    user.mustChangePassword = true;
    user.failedLogins = 0;
    user.lockedUntil = null;
    await ctx.em.transactional(async (em) => {
      await revokeSessions(em, user.id);
      await em.flush();
    });
    await forgetActors({ userId: user.id });
    return user;
  }

  private async getForManagement(ctx: Context, id: string, version: number): Promise<User> {
    const user = await this.get(ctx, id);
    assertCanManageUser(ctx.actor!, user);
    if (user.version !== version) throw staleVersion('用户');
    return user;
  }

  private checkDepartment(roles: Role[], department: unknown): void {
    if (roles.includes(Role.DEPARTMENT_USER) && !department) throw badInput('department', '行业部门用户须选择所属部门');
  }
}

const dedupe = <T>(values: T[]) => [...new Set(values)];
