import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow, Authenticated } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { permissionsOf } from '../../auth/roles';
import { Paginated } from '../../common/pagination';
import { Division } from '../divisions/division.entity';
import { User } from './user.entity';
import { CreateUserInput, UpdateUserArgs, UserListArgs } from './user.inputs';
import { services } from '../../services';
import { divisionLoader } from '../divisions/division.loaders';

@ObjectType()
class UserPage extends Paginated(User) {}

@Resolver(() => User)
export class UserResolver {
  @Allow(Permission.USER_READ)
  @Query(() => UserPage, { description: '用户列表（仅本级及下级区划）' })
  users(@Ctx() ctx: Context, @Args() args: UserListArgs) {
    return services(ctx).users.list(ctx, args);
  }

  @Allow(Permission.USER_READ)
  @Query(() => User)
  user(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).users.get(ctx, id);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User, { description: '新建账号：只能建在本辖区内，只能授予自己具备的权限' })
  createUser(@Ctx() ctx: Context, @Arg('input') input: CreateUserInput) {
    return services(ctx).users.create(ctx, input);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User)
  updateUser(@Ctx() ctx: Context, @Args() { id, version, input }: UpdateUserArgs) {
    return services(ctx).users.update(ctx, id, version, input);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User, { description: '停用或启用账号；停用时其登录会话随即失效' })
  setUserDisabled(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('disabled') disabled: boolean,
  ) {
    return services(ctx).users.setDisabled(ctx, id, version, disabled);
  }

  @Allow(Permission.USER_MANAGE)
  @Mutation(() => User, { description: '重置密码：用户下次登录须修改' })
  resetUserPassword(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('newPassword') newPassword: string,
  ) {
    return services(ctx).users.resetPassword(ctx, id, version, newPassword);
  }

  @Authenticated()
  @FieldResolver(() => Division, { nullable: true, description: '所属行政区划' })
  division(@Root() user: User, @Ctx() ctx: Context) {
    return divisionLoader(ctx).load(user.divisionCode);
  }

  @Authenticated()
  @FieldResolver(() => [Permission], { description: '角色合并后的权限' })
  permissions(@Root() user: User) {
    return [...permissionsOf(user.roles)].sort();
  }
}
