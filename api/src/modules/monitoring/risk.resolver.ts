import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { Household } from '../households/household.entity';
import { RiskFactor } from './risk-factor.entity';
import { RiskFactorInput } from './risk.inputs';
import { riskWarnings } from './risk.service';
import { services } from '../../services';
import { RISK_ROWS } from './monitoring.loaders';
import { MEMBER_ROWS } from '../households/household.loaders';

@Resolver(() => RiskFactor)
export class RiskFactorResolver {
  @Allow(Permission.RISK_WRITE)
  @Mutation(() => RiskFactor, { description: '登记风险因素' })
  addRiskFactor(@Ctx() ctx: Context, @Arg('householdId') householdId: string, @Arg('input') input: RiskFactorInput) {
    return services(ctx).risks.add(ctx, householdId, input);
  }

  @Allow(Permission.RISK_WRITE)
  @Mutation(() => RiskFactor, { description: '标记风险因素已消除' })
  resolveRiskFactor(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('resolvedOn') resolvedOn: string,
    @Arg('note', { nullable: true }) note?: string,
  ) {
    return services(ctx).risks.resolve(ctx, id, version, resolvedOn, note);
  }

  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [String], { description: '一致性提示（如“因务工就业不稳，但该户没有劳动力”）' })
  async warnings(@Root() risk: Readonly<RiskFactor>, @Ctx() ctx: Context) {
    return riskWarnings(risk.type, await ctx.rows.load(MEMBER_ROWS, risk.householdId));
  }
}

/** Household.riskFactors: the household's side of this module. */
@Resolver(() => Household)
export class HouseholdRiskResolver {
  @Allow(Permission.HOUSEHOLD_READ)
  @FieldResolver(() => [RiskFactor], { description: '风险因素' })
  riskFactors(@Root() household: Readonly<Household>, @Ctx() ctx: Context) {
    return ctx.rows.load(RISK_ROWS, household.id);
  }
}
