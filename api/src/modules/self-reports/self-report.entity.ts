import { registerEnum } from '../../common/enum-labels';
import { Entity, Enum, Filter, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { Sensitive } from '../../audit/sensitive.middleware';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { RiskType } from '../monitoring/monitoring.enums';

/** 自主申报的处理状态 */
export enum SelfReportStatus {
  /** In the village's queue, to verify. */
  PENDING = 'PENDING',
  /** Added to the household's open case on arrival. */
  ATTACHED = 'ATTACHED',
  /** The village verified it and opened a lead (or added it to the open case). */
  CONVERTED = 'CONVERTED',
  DISMISSED = 'DISMISSED',
}

export const SELF_REPORT_STATUS_LABELS = registerEnum(SelfReportStatus, 'SelfReportStatus', '自主申报处理状态', {
  PENDING: '待核实',
  ATTACHED: '已并入监测案卷',
  CONVERTED: '已转为线索',
  DISMISSED: '已排除',
});

/**
 * 农户自主申报: what a person reported on the public page, validated before it is stored. It
 * waits in the village's queue (the household's village when the person is registered, else the
 * village chosen) for the village officer to verify.
 */
@ObjectType({ description: '农户自主申报' })
@Entity({ tableName: 'self_report' })
@Filter(jurisdictionFilter('divisionCode'))
export class SelfReport extends BaseEntity<'status'> {
  @Field({ description: '所在村（社区）' })
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => String, { nullable: true, description: '匹配到的在册农户；为空表示尚未登记，核实后须先建档' })
  @Property({ type: 'uuid', nullable: true })
  householdId?: string | null;

  @Field()
  @Property({ length: 64 })
  name!: string;

  @Field({ description: '身份证号（无 pii.read 权限时脱敏）' })
  @Sensitive('idNumber')
  @Property({ length: 18 })
  idNumber!: string;

  @Field({ description: '联系电话（无 pii.read 权限时脱敏）' })
  @Sensitive('phone')
  @Property({ length: 11 })
  phone!: string;

  @Field(() => RiskType, { description: '困难类型' })
  @Enum({ items: () => RiskType, nativeEnumName: 'risk_type' })
  difficulty!: RiskType;

  @Field({ description: '情况说明' })
  @Property({ length: 500 })
  description!: string;

  @Field(() => SelfReportStatus)
  @Enum({ items: () => SelfReportStatus, nativeEnumName: 'self_report_status' })
  status: SelfReportStatus = SelfReportStatus.PENDING;

  @Field(() => String, { nullable: true, description: '对应的监测案卷' })
  @Property({ type: 'uuid', nullable: true })
  caseId?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 128, nullable: true })
  handledBy?: string | null;

  @Field(() => String, { nullable: true, description: '核实情况或排除理由' })
  @Property({ length: 500, nullable: true })
  handleNote?: string | null;
}
