import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { PlanStatus } from './assistance.enums';
import { assistanceLoaders } from './assistance.loaders';
import { householdGaps } from './gaps.loaders';
import { AssistanceGap } from './gaps.types';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import { TeamMember } from './team-member.entity';
import { Visit } from './visit.entity';

/** The household's assistance, each nested field one batched query per request. */
@Resolver(() => Household)
export class HouseholdAssistanceResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [AssistanceMeasure], { description: '帮扶措施' })
  measures(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return assistanceLoaders(ctx).measuresByHousehold.load(household.id);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => AssistancePlan, { nullable: true, description: '当前的一户一策（无未完成的则为最近一份）' })
  async assistancePlan(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    const plans = await assistanceLoaders(ctx).plansByHousehold.load(household.id);
    return plans.find((p) => p.status !== PlanStatus.COMPLETED) ?? plans[0] ?? null;
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [TeamMember], { description: '帮扶专班（一对一联系人在前）' })
  team(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return assistanceLoaders(ctx).teamByHousehold.load(household.id);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [Visit], { description: '走访记录（新的在前）' })
  visits(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return assistanceLoaders(ctx).visitsByHousehold.load(household.id);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @FieldResolver(() => [AssistanceGap], { description: '帮扶缺口' })
  assistanceGaps(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return householdGaps(ctx).load(household.id);
  }
}
