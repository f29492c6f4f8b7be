import { Arg, Args, Ctx, Field, FieldResolver, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { Allow } from '../../auth/allow';
import { Permission } from '../../auth/permission';
import { revealHealthDerived } from '../../audit/sensitive.middleware';
import { MoneyScalar } from '../../common/money';
import { Paginated } from '../../common/pagination';
import { Division } from '../divisions/division.entity';
import { Household } from '../households/household.entity';
import { Asset, AssetEvent, AssetIncome, AssetShare } from './asset.entity';
import { AssetStatus, ProjectAction } from './asset.enums';
import {
  ApplyProjectInput,
  AssetInput,
  AssetListArgs,
  AssetShareInput,
  AssetUpdateInput,
  ProjectActionArgs,
  ProjectListArgs,
} from './asset.inputs';
import { assetLoaders } from './asset.loaders';
import { PriorityHousehold, type PriorityRow } from './priority.service';
import { AssetProject, ProjectEvent } from './project.entity';
import { services } from '../../services';
import { householdLoader } from '../households/household.loaders';
import { divisionLoader } from '../divisions/division.loaders';

@ObjectType()
class AssetPage extends Paginated(Asset) {}

@ObjectType()
class AssetProjectPage extends Paginated(AssetProject) {}

@ObjectType({ description: '折股量化对优先户（特殊困难户）的覆盖情况' })
export class ShareCheck {
  @Field(() => [PriorityHousehold], { description: '资产所在区划内的优先户（由户籍信息得出）' })
  priorityHouseholds!: PriorityHousehold[];
  @Field(() => [PriorityHousehold], { description: '已有股份的农户之外的优先户' }) leftOut!: PriorityHousehold[];
  @Field({ description: '有农户持股而遗漏了优先户' }) flagged!: boolean;
}

/** Why a household is a priority household comes from health and assistance data: withheld without pii.read. */
export const showPriority = (ctx: Context, rows: PriorityRow[]): PriorityRow[] =>
  revealHealthDerived(ctx, rows, 'priorityReasons', (row) => ({ ...row, reasons: [] }));

@Resolver(() => Asset)
export class AssetResolver {
  @Allow(Permission.ASSET_READ)
  @Query(() => Asset, { description: '扶贫资产' })
  asset(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).assets.get(ctx, id);
  }

  @Allow(Permission.ASSET_READ)
  @Query(() => AssetPage, { description: '扶贫资产台账' })
  assets(@Ctx() ctx: Context, @Args() args: AssetListArgs) {
    return services(ctx).assets.list(ctx, args);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '登记扶贫资产' })
  createAsset(@Ctx() ctx: Context, @Arg('input') input: AssetInput) {
    return services(ctx).assets.create(ctx, input);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '修改资产登记信息' })
  updateAsset(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('input') input: AssetUpdateInput,
  ) {
    return services(ctx).assets.update(ctx, id, version, input);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '变更账面价值（留有变动记录）' })
  revalueAsset(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('bookValue', () => MoneyScalar) bookValue: string,
    @Arg('note') note: string,
  ) {
    return services(ctx).assets.revalue(ctx, id, version, bookValue, note);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '变更资产状态（处置须申请并审批）' })
  changeAssetStatus(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('status', () => AssetStatus) status: AssetStatus,
    @Arg('note') note: string,
  ) {
    return services(ctx).assets.changeStatus(ctx, id, version, status, note);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '申请处置资产（须写明理由，县级审批）' })
  requestAssetDisposal(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('reason') reason: string,
  ) {
    return services(ctx).assets.requestDisposal(ctx, id, version, reason);
  }

  @Allow(Permission.ASSET_DISPOSAL_APPROVE)
  @Mutation(() => Asset, { description: '审批资产处置申请' })
  decideAssetDisposal(
    @Ctx() ctx: Context,
    @Arg('id') id: string,
    @Arg('version', () => Int) version: number,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return services(ctx).assets.decideDisposal(ctx, id, version, approve, note);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => AssetIncome, { description: '登记资产年度收益（计入所在村当年集体收益）' })
  recordAssetIncome(
    @Ctx() ctx: Context,
    @Arg('assetId') assetId: string,
    @Arg('year', () => Int) year: number,
    @Arg('amount', () => MoneyScalar) amount: string,
  ) {
    return services(ctx).assets.recordIncome(ctx, assetId, year, amount);
  }

  @Allow(Permission.ASSET_WRITE)
  @Mutation(() => Asset, { description: '折股量化到户（遗漏优先户须书面说明）' })
  setAssetShares(
    @Ctx() ctx: Context,
    @Arg('assetId') assetId: string,
    @Arg('version', () => Int) version: number,
    @Arg('shares', () => [AssetShareInput]) shares: AssetShareInput[],
    @Arg('justification', () => String, { nullable: true }) justification?: string | null,
  ) {
    return services(ctx).assets.setShares(ctx, assetId, version, shares, justification);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => Division, { nullable: true })
  division(@Root() asset: Asset, @Ctx() ctx: Context) {
    return divisionLoader(ctx).load(asset.divisionCode);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [AssetEvent], { description: '台账变动记录（价值、状态、处置、收益、股份）' })
  history(@Root() asset: Asset, @Ctx() ctx: Context) {
    return assetLoaders(ctx).eventsByAsset.load(asset.id);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [AssetIncome], { description: '年度收益（新的在前）' })
  incomes(@Root() asset: Asset, @Ctx() ctx: Context) {
    return assetLoaders(ctx).incomesByAsset.load(asset.id);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [AssetShare], { description: '折股量化到户' })
  shares(@Root() asset: Asset, @Ctx() ctx: Context) {
    return assetLoaders(ctx).sharesByAsset.load(asset.id);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => AssetProject, { nullable: true, description: '形成资产的项目' })
  project(@Root() asset: Asset, @Ctx() ctx: Context) {
    return asset.projectId ? assetLoaders(ctx).project.load(asset.projectId) : null;
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => ShareCheck, { description: '优先户覆盖检查（逐项资产读取，列表中不宜请求）' })
  async shareCheck(@Root() asset: Asset, @Ctx() ctx: Context): Promise<ShareCheck> {
    const check = await services(ctx).assets.shareCheck(ctx, asset);
    const shared = (await assetLoaders(ctx).sharesByAsset.load(asset.id)).length > 0;
    return {
      priorityHouseholds: showPriority(ctx, check.priority),
      leftOut: showPriority(ctx, check.leftOut),
      flagged: shared && check.leftOut.length > 0,
    };
  }
}

@Resolver(() => AssetShare)
export class AssetShareResolver {
  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => Household, { nullable: true })
  household(@Root() share: AssetShare, @Ctx() ctx: Context) {
    return householdLoader(ctx).load(share.householdId);
  }
}

@Resolver(() => AssetProject)
export class AssetProjectResolver {
  @Allow(Permission.ASSET_READ)
  @Query(() => AssetProject, { description: '扶贫项目' })
  assetProject(@Ctx() ctx: Context, @Arg('id') id: string) {
    return services(ctx).assetProjects.get(ctx, id);
  }

  @Allow(Permission.ASSET_READ)
  @Query(() => AssetProjectPage, { description: '扶贫项目（专项资金）；pendingForMe 为我的待办' })
  assetProjects(@Ctx() ctx: Context, @Args() args: ProjectListArgs) {
    return services(ctx).assetProjects.list(ctx, args);
  }

  @Allow(Permission.ASSET_PROJECT_TOWNSHIP)
  @Mutation(() => AssetProject, { description: '乡镇申报项目（扶持对象同时公示）' })
  applyAssetProject(@Ctx() ctx: Context, @Arg('input') input: ApplyProjectInput) {
    return services(ctx).assetProjects.apply(ctx, input);
  }

  @Allow(Permission.ASSET_PROJECT_TOWNSHIP, Permission.ASSET_PROJECT_IMPLEMENT, Permission.ASSET_PROJECT_COUNTY)
  @Mutation(() => AssetProject, { description: '办理项目的一步；每步须由相应层级办理' })
  actOnAssetProject(@Ctx() ctx: Context, @Args() args: ProjectActionArgs) {
    return services(ctx).assetProjects.act(ctx, args);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => Division, { nullable: true })
  division(@Root() project: AssetProject, @Ctx() ctx: Context) {
    return divisionLoader(ctx).load(project.divisionCode);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [ProjectEvent], { description: '办理记录' })
  events(@Root() project: AssetProject, @Ctx() ctx: Context) {
    return assetLoaders(ctx).eventsByProject.load(project.id);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [Asset], { description: '验收后形成的台账资产' })
  assets(@Root() project: AssetProject, @Ctx() ctx: Context) {
    return assetLoaders(ctx).assetsByProject.load(project.id);
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [Household], { description: '扶持对象（公示名单）' })
  async beneficiaries(@Root() project: AssetProject, @Ctx() ctx: Context) {
    return (await householdLoader(ctx).loadMany(project.beneficiaryIds)).filter(
      (h): h is Household => !!h && !(h instanceof Error),
    );
  }

  @Allow(Permission.ASSET_READ)
  @FieldResolver(() => [ProjectAction], { description: '当前用户此时可办理的步骤' })
  availableActions(@Root() project: AssetProject, @Ctx() ctx: Context) {
    return services(ctx).assetProjects.availableActions(ctx.actor!, project);
  }
}
