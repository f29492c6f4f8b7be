import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CaseState } from './monitoring.enums';

@ObjectType({ description: '某状态的案卷数' })
export class StateCount {
  @Field(() => CaseState) state!: CaseState;
  @Field(() => Int) cases!: number;
}

@ObjectType({ description: '一个区划的监测督导数据' })
export class SupervisionRow {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => Int, { description: '建档人口' }) persons!: number;
  @Field(() => Int, { description: '监测对象人口（监测中及风险消除审核中）' }) monitoredPersons!: number;
  @Field(() => Float, { description: '监测对象占比' }) monitoredRatio!: number;
  @Field(() => Float, { nullable: true }) expectedRatio?: number | null;
  @Field(() => Float, { nullable: true }) maxRatio?: number | null;
  @Field(() => String, { nullable: true, description: '占比异常：ABOVE_MAX 超过上限，FAR_BELOW_EXPECTED 不足预期一半' }) ratioFlag?: string | null;
  @Field(() => Int, { description: '逾期未办的案卷（停留超过规定天数）' }) overdueCases!: number;
  @Field(() => [StateCount]) byState!: StateCount[];
}

@ObjectType({ description: '监测督导：本区划合计及各下级' })
export class Supervision {
  @Field(() => SupervisionRow) total!: SupervisionRow;
  @Field(() => [SupervisionRow]) children!: SupervisionRow[];
  @Field(() => Int) overdueDays!: number;
}
