import { Entity, Enum, Filter, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { StepEvent } from '../../common/step-event.entity';
import { MoneyScalar } from '../../common/money';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { AssetClass, AssetEventKind, AssetStatus, AssetType, FundingSource } from './asset.enums';

/** One funding source of an asset or project and how much it gave (stored as JSON on the row). */
@ObjectType({ description: '资金来源及金额' })
export class FundingAmount {
  @Field(() => FundingSource)
  source!: FundingSource;

  @Field(() => MoneyScalar)
  amount!: string;
}

/**
 * 扶贫资产台账的一项 (seed 000 二(三): "摸清底数、明晰产权、健全台账、规范管理"). Owner, user,
 * manager and supervisor are named separately (seed 003, 14: "谁用资金、谁管项目、谁负主责").
 * Book value and status change only through the service, which appends an AssetEvent each time.
 */
@ObjectType({ description: '扶贫资产' })
@Entity({ tableName: 'asset' })
@Filter(jurisdictionFilter('divisionCode'))
export class Asset extends BaseEntity<'fundingSources' | 'disposalPending'> {
  @Field()
  @Property({ length: 200 })
  name!: string;

  @Field(() => AssetClass)
  @Enum({ items: () => AssetClass, nativeEnumName: 'asset_class' })
  assetClass!: AssetClass;

  @Field(() => AssetType)
  @Enum({ items: () => AssetType, nativeEnumName: 'asset_type' })
  type!: AssetType;

  @Field({ description: '所在区划（12 位代码，村或乡镇）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => [FundingAmount], { description: '资金来源及金额' })
  @Property({ type: 'json' })
  fundingSources: FundingAmount[] = [];

  @Field(() => String, { nullable: true, description: '形成资产的项目' })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  projectId?: string | null;

  @Field({ description: '产权归属' })
  @Property({ length: 200 })
  owner!: string;

  @Field({ description: '使用主体（谁用资金）' })
  @Property({ length: 200 })
  usedBy!: string;

  @Field({ description: '管护主体（谁管项目）' })
  @Property({ length: 200 })
  manager!: string;

  @Field({ description: '监管责任人（谁负主责）' })
  @Property({ length: 200 })
  supervisor!: string;

  @Field(() => String, { nullable: true, description: '验收日期' })
  @Property({ type: 'date', nullable: true })
  acceptedOn?: string | null;

  @Field(() => MoneyScalar, { description: '账面价值（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  bookValue!: string;

  @Field(() => AssetStatus)
  @Enum({ items: () => AssetStatus, nativeEnumName: 'asset_status' })
  status!: AssetStatus;

  @Field({ description: '处置申请待审批' })
  @Property()
  disposalPending: boolean = false;

  @Field(() => String, { nullable: true, description: '处置理由' })
  @Property({ length: 1000, nullable: true })
  disposalReason?: string | null;

  @Field(() => String, { nullable: true, description: '处置申请人' })
  @Property({ type: 'uuid', nullable: true })
  disposalRequestedBy?: string | null;

  @Field(() => String, { nullable: true, description: '折股量化未覆盖优先户时的书面说明' })
  @Property({ length: 2000, nullable: true })
  shareJustification?: string | null;
}

/** One change in the ledger (value, status, disposal, income, shares): append-only history. */
@ObjectType({ description: '资产台账变动记录' })
@Entity({ tableName: 'asset_event' })
@Filter(jurisdictionFilter('divisionCode'))
export class AssetEvent extends StepEvent {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  assetId!: string;

  @Field(() => AssetEventKind)
  @Enum({ items: () => AssetEventKind, nativeEnumName: 'asset_event_kind' })
  kind!: AssetEventKind;

  @Field(() => AssetStatus, { nullable: true })
  @Enum({ items: () => AssetStatus, nativeEnumName: 'asset_status', nullable: true })
  fromStatus?: AssetStatus | null;

  @Field(() => AssetStatus, { nullable: true })
  @Enum({ items: () => AssetStatus, nativeEnumName: 'asset_status', nullable: true })
  toStatus?: AssetStatus | null;

  @Field(() => MoneyScalar, { nullable: true, description: '变更前账面价值' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  fromValue?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '变更后账面价值或登记的收益' })
  @Property({ type: 'decimal', precision: 14, scale: 2, nullable: true })
  toValue?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 1000, nullable: true })
  note?: string | null;
}

/** 资产年度收益: flows into the village's collective income of that year. */
@ObjectType({ description: '资产年度收益' })
@Entity({ tableName: 'asset_income' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['assetId', 'year'] })
export class AssetIncome extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  assetId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int)
  @Property()
  year!: number;

  @Field(() => MoneyScalar, { description: '年度收益（元）' })
  @Property({ type: 'decimal', precision: 14, scale: 2 })
  amount!: string;
}

/** 折股量化: a household's shares in a productive asset's benefit right (seed 002 资产收益). */
@ObjectType({ description: '折股量化到户的股份' })
@Entity({ tableName: 'asset_share' })
@Filter(jurisdictionFilter('divisionCode'))
@Unique({ properties: ['assetId', 'householdId'] })
export class AssetShare extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  assetId!: string;

  @Field()
  @Property({ type: 'uuid' })
  @Index()
  householdId!: string;

  @Field({ description: '农户所在村' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => Int, { description: '股数' })
  @Property()
  shares!: number;
}
