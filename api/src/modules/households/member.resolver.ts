import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from './household.entity';
import { Relation } from './household.enums';
import { MemberInput, UpdateMemberInput } from './household.inputs';
import { Member } from './member.entity';
import { services } from '../../services';
import { householdLoader } from './household.loaders';

@Resolver(() => Member)
export class MemberResolver {
  @Allow(Permission.HOUSEHOLD_READ)
  @Query(() => Member)
  member(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).members.get(ctx, id);
  }

  @Allow(Permission.PII_READ)
  @Query(() => Member, { description: '按完整身份证号查找人员（记入审计日志）' })
  memberByIdNumber(@Ctx() ctx: Context, @Arg('idNumber') idNumber: string) {
    return services(ctx).members.memberByIdNumber(ctx, idNumber);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Member, { description: '增加家庭成员（增员）' })
  addMember(@Ctx() ctx: Context, @Arg('householdId') householdId: string, @Arg('input') input: MemberInput) {
    return services(ctx).members.addMember(ctx, householdId, input);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Member)
  updateMember(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: UpdateMemberInput,
  ) {
    return services(ctx).members.updateMember(ctx, id, version, input);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Member, { description: '减员（死亡、婚出、迁出等），记录保留' })
  removeMember(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return services(ctx).members.removeMember(ctx, id, version, reason);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Household, { description: '设为户主；原户主改为给定关系' })
  setHouseholdHead(
    @Ctx() ctx: Context,
    @Arg('memberId') memberId: string,
    @Arg('formerHeadRelation', () => Relation, { defaultValue: Relation.SPOUSE }) formerHeadRelation: Relation,
  ) {
    return services(ctx).members.setHead(ctx, memberId, formerHeadRelation);
  }

  @Allow(Permission.HOUSEHOLD_WRITE)
  @Mutation(() => Member, { description: '成员迁至另一户' })
  moveMember(
    @Ctx() ctx: Context,
    @Arg('memberId') memberId: string,
    @Arg('toHouseholdId') toHouseholdId: string,
    @Arg('relation', () => Relation) relation: Relation,
  ) {
    return services(ctx).members.moveMember(ctx, memberId, toHouseholdId, relation);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() member: Readonly<Member>, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(member.householdId);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => Int, { description: '年龄（周岁）' })
  age(@Root() member: Readonly<Member>) {
    const today = new Date();
    const [y, m, d] = member.birthDate.split('-').map(Number);
    return (
      today.getFullYear() -
      y -
      (today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d) ? 1 : 0)
    );
  }
}
