import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { User } from '../modules/users/user.entity';
import { Allow, Authenticated, Public } from './allow';
import { LoginPayload, RoleDefinition } from './auth.types';
import { Permission } from './permission';
import { Role, ROLE_LABELS, ROLE_PERMISSIONS } from './roles';
import { services } from '../services';

@Resolver()
export class AuthResolver {
  @Public()
  @Mutation(() => LoginPayload, { description: '用户名密码登录，返回访问令牌' })
  login(@Ctx() ctx: Context, @Arg('username') username: string, @Arg('password') password: string) {
    return services(ctx).auth.login(ctx, username, password);
  }

  @Authenticated()
  @Mutation(() => Boolean, { description: '注销当前登录会话' })
  logout(@Ctx() ctx: Context) {
    return services(ctx).auth.logout(ctx);
  }

  @Authenticated()
  @Query(() => User, { description: '当前登录的用户（或 合作方令牌的身份）' })
  me(@Ctx() ctx: Context) {
    return services(ctx).auth.me(ctx);
  }

  @Authenticated()
  @Mutation(() => Boolean)
  changePassword(
    @Ctx() ctx: Context,
    @Arg('oldPassword') oldPassword: string,
    @Arg('newPassword') newPassword: string,
  ) {
    return services(ctx).auth.changePassword(ctx, oldPassword, newPassword);
  }

  @Allow(Permission.USER_READ)
  @Query(() => [RoleDefinition], { description: '全部角色及其权限' })
  roleDefinitions(): RoleDefinition[] {
    return Object.values(Role).map((role) => ({
      role,
      label: ROLE_LABELS[role],
      permissions: [...ROLE_PERMISSIONS[role]],
    }));
  }
}
