import { Arg, Args, Ctx, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Paginated } from '../../common/pagination';
import { Division } from '../divisions/division.entity';
import { AuditEntry } from '../../audit/audit-entry.entity';
import { Household } from './household.entity';
import { HouseholdIncome } from './household-income.entity';
import { Relation } from './household.enums';
import {
  CreateHouseholdInput,
  HouseholdListArgs,
  IncomeInput,
  SetRegistrationArgs,
  UpdateHouseholdInput,
} from './household.inputs';
import { Member } from './member.entity';
import { services } from '../../services';
import { DIVISION_ROWS } from '../divisions/division.loaders';
import { INCOME_ROWS, MEMBER_ROWS, householdHistory } from './household.loaders';

@ObjectType()
class HouseholdPage extends Paginated(Household) {}

@Resolver(() => Household)
export class HouseholdResolver {
  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => Household)
  household(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).households.read(ctx, id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => HouseholdPage, { description: '农户列表（本辖区），可筛选、排序、分页' })
  households(@Ctx() ctx: Context, @Args() args: HouseholdListArgs) {
    return services(ctx).households.list(ctx, args);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '新建农户（含家庭成员，须有且只有一名户主）' })
  createHousehold(@Ctx() ctx: Context, @Arg('input') input: CreateHouseholdInput) {
    return services(ctx).households.create(ctx, input);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household)
  updateHousehold(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateHouseholdInput,
  ) {
    return services(ctx).households.update(ctx, id, version, input);
  }

  @Allow(Permission.HOUSEHOLD_REGISTRATION_WRITE)
  @Mutation(() => Household, {
    description: '变更建档立卡登记状态（脱贫户及脱贫年度 / 一般农户），仅县级；监测程序不改变它',
  })
  setHouseholdRegistration(@Ctx() ctx: Context, @Args() args: SetRegistrationArgs) {
    return services(ctx).households.setRegistration(ctx, args);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '归档农户（如整户消亡、迁出辖区），记录保留' })
  archiveHousehold(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return services(ctx).households.archive(ctx, id, version, reason);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => HouseholdIncome, { description: '登记或修改年度收支；修改已有年度须带版本号' })
  setHouseholdIncome(
    @Ctx() ctx: Context,
    @Arg('householdId') householdId: string,
    @Arg('year', () => Int) year: number,
    @Arg('input') input: IncomeInput,
    @Arg('version', () => Int, { nullable: true }) version?: number,
  ) {
    return services(ctx).households.setIncome(ctx, householdId, year, input, version);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '分户：部分成员分出为新户' })
  splitHousehold(
    @Ctx() ctx: Context,
    @Arg('householdId') householdId: string,
    @Arg('memberIds', () => [String]) memberIds: string[],
    @Arg('newHeadId') newHeadId: string,
    @Arg('householdNumber', { nullable: true }) householdNumber?: string,
  ) {
    return services(ctx).households.split(ctx, householdId, memberIds, newHeadId, householdNumber);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '合户：来源户成员全部并入目标户，来源户归档' })
  mergeHouseholds(@Ctx() ctx: Context, @Arg('targetId') targetId: string, @Arg('sourceId') sourceId: string) {
    return services(ctx).households.merge(ctx, targetId, sourceId);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [Member], { description: '在册家庭成员' })
  members(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return ctx.rows.load(MEMBER_ROWS, household.id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => Member, { nullable: true, description: '户主' })
  async head(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    const members = await ctx.rows.load(MEMBER_ROWS, household.id);
    return members.find((m) => m.relation === Relation.HEAD) ?? null;
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [HouseholdIncome], { description: '各年度收支，新的在前' })
  incomes(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return ctx.rows.load(INCOME_ROWS, household.id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [AuditEntry], {
    description: '变更记录（本户、成员、收支的审计日志，新的在前；无 pii.read 权限时个人信息脱敏）',
  })
  history(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return householdHistory(ctx).load(household.id);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => Division, { nullable: true, description: '所在村' })
  async division(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return (await ctx.rows.load(DIVISION_ROWS, household.divisionCode))[0] ?? null;
  }
}
