import { Field, Float, Int, ObjectType } from 'type-graphql';
import { CaseState } from './monitoring.enums';
import { MonitoringCategory } from '../households/household.enums';
import { RatioFlag } from './monitored.sql';

@ObjectType({ description: '某状态的案卷数' })
export class StateCount {
  @Field(() => CaseState) state!: CaseState;
  @Field(() => Int) cases!: number;
}

@ObjectType({ description: '一个区划的监测督导数据' })
export class SupervisionRow {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => Int, { description: '在册人口' }) persons!: number;
  @Field(() => Int, { description: '监测对象人口（监测中及风险消除审核中，全部类别）' }) monitoredPersons!: number;
  @Field(() => Int, { description: '建档立卡（脱贫）人口：监测对象占比的分母' }) registeredPersons!: number;
  @Field(() => Int, { description: '计入占比的监测对象人口（监测标准所列类别）' }) countedMonitoredPersons!: number;
  @Field(() => Float, { description: '监测对象占比（计入的监测对象人口 ÷ 建档立卡人口）' }) monitoredRatio!: number;
  @Field(() => [MonitoringCategory], { description: '计入占比的监测对象类别' })
  countedCategories!: MonitoringCategory[];
  @Field({ description: '深度贫困地区（本级或上级认定）' }) deepPoverty!: boolean;
  @Field(() => Float, { nullable: true, description: '预期比例' }) expectedRatio?: number | null;
  @Field(() => Float, { nullable: true, description: '上限（仅深度贫困地区）' }) maxRatio?: number | null;
  @Field(() => Float, { nullable: true, description: '预警值（非深度贫困地区）' }) warningRatio?: number | null;
  @Field(() => RatioFlag, { nullable: true, description: '占比异常' }) ratioFlag?: RatioFlag | null;
  @Field(() => Int, { description: '逾期未办的案卷（停留超过规定天数）' }) overdueCases!: number;
  @Field(() => [StateCount]) byState!: StateCount[];
}

@ObjectType({ description: '监测督导：本区划合计及各下级' })
export class Supervision {
  @Field(() => SupervisionRow) total!: SupervisionRow;
  @Field(() => [SupervisionRow]) children!: SupervisionRow[];
  @Field(() => Int) overdueDays!: number;
}
