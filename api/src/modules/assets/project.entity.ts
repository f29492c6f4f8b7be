import { ArrayType, Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StepEvent } from '../../common/step-event.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { AssetClass, AssetType, ProjectAction, ProjectState } from './asset.enums';
import { FundingAmount } from './asset.entity';

/** An asset the project will form; the county's acceptance turns each into a ledger row. */
@ObjectType({ description: '项目计划形成的资产' })
export class PlannedAsset {
  @Field() name!: string;
  @Field(() => AssetClass) assetClass!: AssetClass;
  @Field(() => AssetType) type!: AssetType;
  @Field({ description: '资产所在村或乡镇' }) divisionCode!: string;
  @Field(() => MoneyScalar, { description: '计划形成的账面价值' }) bookValue!: string;
  @Field() owner!: string;
  @Field() usedBy!: string;
  @Field() manager!: string;
  @Field() supervisor!: string;
}

/**
 * 财政专项扶贫资金项目 (seed 003, 19: "镇（街）申报、新城审批、镇（街）村实施、镇（街）初检、
 * 新城验收、镇（街）报账"). The township applies with its beneficiaries published (公告公示,
 * seed 003, 14); each later step belongs to one level (project.rules.ts).
 */
@ObjectType({ description: '扶贫项目（专项资金）' })
@Entity({ tableName: 'asset_project' })
@Filter(jurisdictionFilter('divisionCode'))
export class AssetProject extends BaseEntity<'beneficiaryIds' | 'fundingSources' | 'plannedAssets' | 'stateChangedAt'> {
  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field({ description: '实施区划（乡镇或村，12 位代码）' })
  @Property({ length: 12 })
  @Index()
  divisionCode!: string;

  @Field(() => ProjectState)
  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state' })
  state!: ProjectState;

  @Field(() => [FundingAmount])
  @Property({ type: 'json' })
  fundingSources: FundingAmount[] = [];

  @Field(() => [PlannedAsset])
  @Property({ type: 'json' })
  plannedAssets: PlannedAsset[] = [];

  @Field(() => [String], { description: '扶持对象（农户 id），申报时公示' })
  @Property({ type: ArrayType })
  beneficiaryIds: string[] = [];

  @Field({ description: '申报日期' })
  @Property({ type: 'date' })
  appliedOn!: string;

  @Field({ description: '扶持对象公示截止日期' })
  @Property({ type: 'date' })
  noticeEndsOn!: string;

  @Field()
  @Property({ type: 'timestamptz' })
  stateChangedAt: Date = new Date();
}

/** One step of a project: who, when, what, why. Append-only. */
@ObjectType({ description: '扶贫项目办理记录' })
@Entity({ tableName: 'asset_project_event' })
@Filter(jurisdictionFilter('divisionCode'))
export class ProjectEvent extends StepEvent {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  projectId!: string;

  @Field(() => ProjectAction, { nullable: true, description: '空表示申报' })
  @Enum({ items: () => ProjectAction, nativeEnumName: 'project_action', nullable: true })
  action?: ProjectAction | null;

  @Field(() => ProjectState, { nullable: true })
  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state', nullable: true })
  fromState?: ProjectState | null;

  @Field(() => ProjectState)
  @Enum({ items: () => ProjectState, nativeEnumName: 'project_state' })
  toState!: ProjectState;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  note?: string | null;
}
