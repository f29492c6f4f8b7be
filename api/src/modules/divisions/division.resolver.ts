import { ancestorCodesOf } from '../../jurisdiction/division-code';
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Division } from './division.entity';
import { DivisionListArgs } from './division.inputs';
import { services } from '../../services';
import { divisionLoader } from './division.loaders';

@ObjectType()
class DivisionPage extends Paginated(Division) {}

@Resolver(() => Division)
export class DivisionResolver {
  @Allow(Permission.DIVISION_READ)
  @Query(() => Division, { description: '按 12 位代码取一个区划' })
  division(@Ctx() ctx: Context, @Arg('code') code: string) {
    return services(ctx).divisions.get(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => DivisionPage, { description: '区划列表（仅本辖区），可按上级、范围、级别、名称筛选' })
  divisions(@Ctx() ctx: Context, @Args() args: DivisionListArgs) {
    return services(ctx).divisions.list(ctx, args);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '直接下级区划' })
  divisionChildren(@Ctx() ctx: Context, @Arg('code') code: string) {
    return services(ctx).divisions.children(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '区划及其全部下级，按代码排序' })
  divisionSubtree(@Ctx() ctx: Context, @Arg('code') code: string) {
    return services(ctx).divisions.subtree(ctx, code);
  }

  @Allow(Permission.DIVISION_READ)
  @Query(() => [Division], { description: '按名称查找区划' })
  searchDivisions(
    @Ctx() ctx: Context,
    @Arg('name') name: string,
    @Arg('limit', () => Int, { defaultValue: 20 }) limit: number,
  ) {
    return services(ctx).divisions.search(ctx, name, limit);
  }

  @Allow(Permission.DIVISION_CLASSIFY)
  @Mutation(() => Division, { description: '认定或取消深度贫困地区（省级、市级；监测对象占比适用上限）' })
  setDivisionDeepPoverty(
    @Ctx() ctx: Context,
    @Arg('code') code: string,
    @Arg('deepPoverty') deepPoverty: boolean,
    @Arg('reason') reason: string,
  ) {
    return services(ctx).divisions.setDeepPoverty(ctx, code, deepPoverty, reason);
  }

  @Allow(Permission.DIVISION_READ)
  @FieldResolver(() => Division, { nullable: true, description: '上级区划（辖区外为空）' })
  parent(@Root() division: Readonly<Division>, @Ctx() ctx: Context) {
    return division.parentCode ? divisionLoader(ctx).load(division.parentCode) : null;
  }

  /** Lists show a village with its township (and county): one batched load for the whole page. */
  @Allow(Permission.DIVISION_READ)
  @FieldResolver(() => [Division], { description: '所属上级区划，从高到低（辖区外的略去），如 [土默特左旗, 察素齐镇]' })
  async ancestors(@Root() division: Division, @Ctx() ctx: Context): Promise<Division[]> {
    const found = await divisionLoader(ctx).loadMany(ancestorCodesOf(division.code));
    return found.filter((ancestor): ancestor is Division => ancestor instanceof Division);
  }
}
