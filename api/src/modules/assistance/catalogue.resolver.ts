import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { MeasureKind } from './measure-kind.entity';
import {
  AssistancePolicyInput,
  EffectiveAssistancePolicy,
  EffectiveMeasureKind,
  MeasureKindInput,
} from './measure-kind.service';
import { services } from '../../services';

@Resolver()
export class AssistanceCatalogueResolver {
  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => [EffectiveMeasureKind], { description: '某区划实际适用的帮扶措施目录（全国目录加各级设定）' })
  measureKinds(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return services(ctx).assistanceCatalogue.effective(ctx, divisionCode);
  }

  @Allow(Permission.ASSISTANCE_READ)
  @Query(() => [MeasureKind], { description: '本辖区各级对措施目录的设定' })
  measureKindSettings(@Ctx() ctx: Context) {
    return services(ctx).assistanceCatalogue.ownRows(ctx);
  }

  @Allow(Permission.ASSISTANCE_CATALOGUE_WRITE)
  @Mutation(() => MeasureKind, { description: '设定本辖区某区划的一类帮扶措施（覆盖上级或新增）' })
  setMeasureKind(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('input') input: MeasureKindInput,
  ) {
    return services(ctx).assistanceCatalogue.set(ctx, divisionCode, input);
  }

  @Allow(Permission.ASSISTANCE_CATALOGUE_WRITE)
  @Mutation(() => Boolean, { description: '删除本辖区的一条目录设定（恢复沿用上级）' })
  removeMeasureKindSetting(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).assistanceCatalogue.removeOwn(ctx, id);
  }

  @Allow(Permission.POLICY_READ)
  @Query(() => EffectiveAssistancePolicy, { description: '某区划实际适用的帮扶工作标准（回访周期等）' })
  assistancePolicy(@Ctx() ctx: Context, @Arg('divisionCode') divisionCode: string) {
    return services(ctx).assistanceCatalogue.effectivePolicy(ctx, divisionCode);
  }

  @Allow(Permission.POLICY_WRITE)
  @Mutation(() => EffectiveAssistancePolicy, { description: '设定本辖区某区划的帮扶工作标准' })
  setAssistancePolicy(
    @Ctx() ctx: Context,
    @Arg('divisionCode') divisionCode: string,
    @Arg('input') input: AssistancePolicyInput,
  ) {
    return services(ctx).assistanceCatalogue.setPolicy(ctx, divisionCode, input);
  }
}
