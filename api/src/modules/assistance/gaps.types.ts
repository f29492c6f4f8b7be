import { Field, Int, ObjectType } from 'type-graphql';
import { GapKind } from './assistance.enums';

@ObjectType({ description: '一条帮扶缺口' })
export class AssistanceGap {
  @Field(() => GapKind) kind!: GapKind;
  @Field() householdId!: string;
  @Field() divisionCode!: string;
  @Field({ description: '说明' }) detail!: string;
  @Field(() => String, { nullable: true }) measureId?: string | null;
  @Field(() => String, { nullable: true }) riskFactorId?: string | null;
}

@ObjectType({ description: '某类缺口的条数' })
export class GapCount {
  @Field(() => GapKind) kind!: GapKind;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: '一个区划的帮扶缺口汇总' })
export class GapDivision {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => Int, { description: '监测对象户数' }) monitoredHouseholds!: number;
  @Field(() => Int, { description: '缺口合计' }) total!: number;
  @Field(() => [GapCount]) counts!: GapCount[];
}

@ObjectType({ description: '帮扶缺口清单：本区划合计、各下级汇总和明细' })
export class AssistanceGapReport {
  @Field() divisionCode!: string;
  @Field({ description: '统计日期' }) asOf!: string;
  @Field(() => GapDivision) summary!: GapDivision;
  @Field(() => [GapDivision]) children!: GapDivision[];
  @Field(() => Int, { description: '符合筛选的明细条数' }) total!: number;
  @Field(() => [AssistanceGap]) items!: AssistanceGap[];
}

@ObjectType({ description: '一户的回访安排' })
export class VisitDue {
  @Field() householdId!: string;
  @Field() divisionCode!: string;
  @Field(() => String, { nullable: true, description: '最近一次走访日期' }) lastVisitOn?: string | null;
  @Field({ description: '应回访日期' }) dueOn!: string;
  @Field({ description: '已逾期' }) overdue!: boolean;
}
