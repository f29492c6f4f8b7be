import { Entity, Enum, Filter, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity';
import { jurisdictionFilter } from '../../jurisdiction/jurisdiction.filter';
import { ReviewStage } from './monitoring.enums';

/**
 * 村级民主评议与公示 of a case (seed 004: "严格履行民主评议、公示公告程序，让群众参与、接受群众监督"):
 * when the village deliberated, who took part, what it decided, and when the result was posted.
 * A case reviewed again after a rejection gets another record; the latest is the current one.
 */
@ObjectType({ description: '村级民主评议及公示记录' })
@Entity({ tableName: 'case_review' })
@Filter(jurisdictionFilter('divisionCode'))
export class CaseReview extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => ReviewStage)
  @Enum({ items: () => ReviewStage, nativeEnumName: 'review_stage' })
  stage!: ReviewStage;

  @Field({ description: '评议日期' })
  @Property({ type: 'date' })
  deliberatedOn!: string;

  @Field(() => Int, { description: '参会人数' })
  @Property()
  attendeeCount!: number;

  @Field({ description: '参会人员（村两委、驻村工作队、村民代表等）' })
  @Property({ length: 1000 })
  attendees!: string;

  @Field({ description: '评议是否同意' })
  @Property()
  agreed!: boolean;

  @Field({ description: '评议结果（如表决情况）' })
  @Property({ length: 1000 })
  result!: string;

  @Field(() => String, { nullable: true, description: '公示开始日期' })
  @Property({ type: 'date', nullable: true })
  noticeStartsOn?: string | null;

  @Field(() => String, { nullable: true, description: '公示结束日期' })
  @Property({ type: 'date', nullable: true })
  noticeEndsOn?: string | null;

  @Field({ description: '记录人' })
  @Property({ length: 128 })
  recordedBy!: string;
}

/** 公示异议: an objection received during the notice, and how it was handled. */
@ObjectType({ description: '公示期间收到的异议及处理' })
@Entity({ tableName: 'case_objection' })
@Filter(jurisdictionFilter('divisionCode'))
export class CaseObjection extends BaseEntity {
  @Field()
  @Property({ type: 'uuid' })
  @Index()
  caseId!: string;

  @Field()
  @Property({ length: 12 })
  divisionCode!: string;

  @Field(() => ReviewStage)
  @Enum({ items: () => ReviewStage, nativeEnumName: 'review_stage' })
  stage!: ReviewStage;

  @Field({ description: '收到日期' })
  @Property({ type: 'date' })
  receivedOn!: string;

  @Field({ description: '异议内容' })
  @Property({ length: 1000 })
  content!: string;

  @Field(() => String, { nullable: true, description: '核实及处理情况；为空表示尚未答复' })
  @Property({ length: 1000, nullable: true })
  answer?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'date', nullable: true })
  answeredOn?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ length: 128, nullable: true })
  answeredBy?: string | null;

  @Field({ description: '登记人' })
  @Property({ length: 128 })
  recordedBy!: string;
}
