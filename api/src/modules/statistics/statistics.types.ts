import { Field, Float, Int, ObjectType } from 'type-graphql';
import { MoneyScalar } from '../../common/money';
import { DivisionLevel } from '../../jurisdiction/division-code';
import { StatisticsCategory } from './statistics.enums';
import { MonitoringCategory } from '../households/household.enums';
import { RatioFlag } from '../monitoring/monitored.sql';
import { RiskType } from '../monitoring/monitoring.enums';

// Aggregates only: no type here carries a person, a name of a person, an ID number or a record id.
// Aggregate-only readers get every count through the controlled rounding of suppression.ts (multiples of
// the threshold); the counts stay nullable in the schema for the partners' generated types.

const SUPPRESSED =
  '小数保护：为 true 时本行数字为受控舍入后的数（只读统计账号；各村每个格子按阈值为基数随机舍入，上级数字为各村舍入后之和）';

@ObjectType({ description: '某统计类别的户数和人口：五个类别互不重叠，合计为在册户数和在册人口' })
export class CategoryFigures {
  @Field(() => StatisticsCategory) category!: StatisticsCategory;
  @Field(() => Int, { nullable: true }) households!: number | null;
  @Field(() => Int, { nullable: true }) persons!: number | null;
}

@ObjectType({ description: '存在某类未消除风险的监测户数' })
export class RiskTypeFigures {
  @Field(() => RiskType) riskType!: RiskType;
  @Field(() => Int, { nullable: true }) households!: number | null;
}

@ObjectType({ description: '一个区划的主要统计数字' })
export class RegionFigures {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => DivisionLevel) level!: DivisionLevel;
  @Field(() => Int, { nullable: true, description: '在册户数' }) households!: number | null;
  @Field(() => Int, { nullable: true, description: '在册人口' }) persons!: number | null;
  @Field(() => Int, { nullable: true, description: '监测对象户数（监测中及风险消除审核中，与监测督导同一口径）' })
  monitoredHouseholds!: number | null;
  @Field(() => Int, { nullable: true, description: '监测对象人口' }) monitoredPersons!: number | null;
  @Field(() => Int, { nullable: true, description: '建档立卡（脱贫户）户数' }) registeredHouseholds!: number | null;
  @Field(() => Int, { nullable: true, description: '建档立卡（脱贫）人口：监测对象占比的分母' }) registeredPersons!:
    number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      '监测对象占比（计入占比类别的监测对象人口 ÷ 建档立卡人口，与监测督导同一口径：monitoring/monitored.sql.ts）',
  })
  monitoredRatio!: number | null;
  @Field(() => Int, { nullable: true, description: '本年度风险消除户数' }) riskEliminatedHouseholds!: number | null;
  @Field({ description: SUPPRESSED }) suppressed!: boolean;
}

@ObjectType({ description: '区划统计（大屏）：本区划合计、分类、风险类型及各下级区划' })
export class RegionStatistics extends RegionFigures {
  @Field(() => Int) year!: number;
  @Field(() => [CategoryFigures], {
    description:
      '按类别（五类互不重叠，合计为在册户数、在册人口）：脱贫户、一般农户为未纳入监测的在册户按建档立卡登记状态；脱贫不稳定户、边缘易致贫户、突发严重困难户为监测对象按监测类别（三者之和为监测对象户数）',
  })
  byCategory!: CategoryFigures[];
  @Field(() => [RiskTypeFigures], { description: '监测对象按风险类型（一户可有多类风险）' })
  byRiskType!: RiskTypeFigures[];
  @Field(() => Float, {
    nullable: true,
    description: '帮扶覆盖率（有在实施帮扶措施的监测户 ÷ 监测户，四位小数）；无监测户时为空',
  })
  assistanceCoverageRate!: number | null;
  @Field(() => Float, { nullable: true, description: '监测对象占比的预期值（年度监测标准）' }) expectedRatio!:
    number | null;
  @Field(() => Float, { nullable: true, description: '监测对象占比的上限（深度贫困地区，年度监测标准）' }) maxRatio!:
    number | null;
  @Field(() => Float, { nullable: true, description: '监测对象占比的预警值（非深度贫困地区，年度监测标准）' })
  warningRatio!: number | null;
  @Field({ description: '深度贫困地区（本级或上级认定）' }) deepPoverty!: boolean;
  @Field(() => [MonitoringCategory], { description: '计入监测对象占比的类别（年度监测标准）' })
  countedCategories!: MonitoringCategory[];
  @Field(() => RatioFlag, { nullable: true, description: '占比异常（数字被抑制时为空）' }) ratioFlag!: RatioFlag | null;
  @Field(() => Int, {
    description:
      '小数保护的阈值和舍入基数（STATISTICS_MIN_HOUSEHOLDS，区域默认 5）：只读统计账号得到的户数、人口均为其倍数',
  })
  suppressionThreshold!: number;
  @Field({ description: '数字截至的时间：读取只读副本时为副本已同步到的时间，读取主库时为当前时间' }) asOf!: Date;
  @Field(() => [RegionFigures], { description: '各下级区划' }) children!: RegionFigures[];
}

@ObjectType({ description: '某月的监测动态' })
export class TrendMonth {
  @Field({ description: '月份 YYYY-MM' }) month!: string;
  @Field(() => Int, { nullable: true, description: '当月县级认定为监测对象的户数' }) identified!: number | null;
  @Field(() => Int, { nullable: true, description: '当月风险消除的户数' }) eliminated!: number | null;
  @Field(() => Int, { nullable: true, description: '月末监测对象户数' }) monitoredAtMonthEnd!: number | null;
}

@ObjectType({ description: '政策测算的一组数字：符合监测条件的户数及各条规则单独命中的户数' })
export class WhatIfFigures {
  @Field(() => Int, { description: '符合任一条件、会进入监测的户数' }) matched!: number;
  @Field(() => Int, { description: '人均纯收入低于监测收入线' }) belowIncomeLine!: number;
  @Field(() => Int, { description: '刚性支出超过上年家庭纯收入的比例' }) rigidExpenditure!: number;
  @Field(() => Int, { description: '人均纯收入降幅超过比例（收入骤减）' }) incomeDrop!: number;
  @Field(() => Int, { description: '补贴性收入占比超过比例' }) subsidyShare!: number;
}

@ObjectType({ description: '一个区划的政策测算：现行标准与测算标准下的户数' })
export class WhatIfRow {
  @Field() divisionCode!: string;
  @Field() divisionName!: string;
  @Field(() => WhatIfFigures, { description: '现行标准' }) current!: WhatIfFigures;
  @Field(() => WhatIfFigures, { description: '测算标准' }) proposed!: WhatIfFigures;
}

@ObjectType({ description: '政策测算（不写入任何数据）：若监测收入线或比例改为给定值，多少户会进入监测' })
export class PolicyWhatIf {
  @Field() divisionCode!: string;
  @Field(() => Int) year!: number;
  @Field(() => MoneyScalar, { nullable: true, description: '测算所用收入线（未给出则为各村现行值）' }) incomeLine!:
    string | null;
  @Field(() => Float, { nullable: true }) rigidExpenditureShare!: number | null;
  @Field(() => Float, { nullable: true }) incomeDropShare!: number | null;
  @Field(() => Float, { nullable: true }) subsidyShareWarning!: number | null;
  @Field(() => WhatIfRow, { description: '本区划合计' }) total!: WhatIfRow;
  @Field(() => [WhatIfRow], { description: '各下级区划' }) children!: WhatIfRow[];
}
