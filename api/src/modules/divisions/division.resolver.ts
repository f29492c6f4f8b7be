import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Division } from './division.entity';
import { DivisionListArgs } from './division.inputs';

@ObjectType()
class DivisionPage extends Paginated(Division) {}

@Resolver(() => Division)
export class DivisionResolver {
  @Allow(Permission.DIVISION_READ)
  @Query(() => Division, { description: '按 12 位代码取一个区划' })
  division(@Ctx() ctx: Context, @Arg('code') code: string) {
    return ctx.services.divisions.get(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => DivisionPage, { description: '区划列表（仅本辖区），可按上级、范围、级别、名称筛选' })
  divisions(@Ctx() ctx: Context, @Args() args: DivisionListArgs) {
    return ctx.services.divisions.list(ctx, args);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '直接下级区划' })
  divisionChildren(@Ctx() ctx: Context, @Arg('code') code: string) {
    return ctx.services.divisions.children(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '区划及其全部下级，按代码排序' })
  divisionSubtree(@Ctx() ctx: Context, @Arg('code') code: string) {
    return ctx.services.divisions.subtree(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '按名称查找区划' })
  searchDivisions(@Ctx() ctx: Context, @Arg('name') name: string, @Arg('limit', () => Int, { defaultValue: 20 }) limit: number) {
    return ctx.services.divisions.search(ctx, name, limit);
  }

  @Allow(Permission.DIVISION_READ)
  @FieldResolver(() => Division, { nullable: true, description: '上级区划（辖区外为空）' })
  parent(@Root() division: Readonly<Division>, @Ctx() ctx: Context) {
    return division.parentCode ? ctx.loaders.division.load(division.parentCode) : null;
  }
}
