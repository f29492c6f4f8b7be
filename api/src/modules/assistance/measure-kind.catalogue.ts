import { RiskType as R } from '../monitoring/monitoring.enums';
import { selfAndAncestorsOf } from '../../jurisdiction/division-code';
import { IncomeSource as I, MeasureField as F, MeasureNature as N } from './assistance.enums';

export interface KindValues {
  name: string;
  nature: N;
  requiredFields: F[];
  maxAmount: string | null;
  maxTermMonths: number | null;
  incomeSource: I;
  answersRisks: R[];
  active: boolean;
  description: string | null;
}

export type KindOverride = { divisionCode: string; code: string } & { [K in keyof KindValues]?: KindValues[K] | null };

export interface ResolvedKind extends KindValues {
  code: string;
  /** Division whose row set any field (null: national catalogue only). */
  definedBy: string | null;
}

/** Codes the rules refer to by name. */
export const MICRO_CREDIT = 'MICRO_CREDIT';

const kind = (
  name: string,
  nature: N,
  requiredFields: F[],
  incomeSource: I,
  answersRisks: R[],
  extra: Partial<KindValues> = {},
): KindValues => ({
  name,
  nature,
  requiredFields,
  incomeSource,
  answersRisks,
  maxAmount: null,
  maxTermMonths: null,
  active: true,
  description: null,
  ...extra,
});

/**
 * The national catalogue (the seeds' kinds, DOMAIN.md "Assistance"). Regions override any field or
 * add kinds of their own in `measure_kind`. Development (开发式) for households with labour,
 * protective (保障性) for those without (seed 001 四).
 */
export const NATIONAL_CATALOGUE: Record<string, KindValues> = {
  INDUSTRY: kind(
    '产业帮扶',
    N.DEVELOPMENT,
    [F.AMOUNT, F.STARTS_ON],
    I.OPERATIONS,
    [R.INDUSTRY_FAILURE, R.INCOME_DROP, R.EPIDEMIC],
    { description: '以奖代补、贷款贴息、税费减免' },
  ),
  [MICRO_CREDIT]: kind(
    '扶贫小额信贷',
    N.DEVELOPMENT,
    [F.AMOUNT, F.STARTS_ON, F.ENDS_ON],
    I.NONE,
    [R.INDUSTRY_FAILURE, R.INCOME_DROP],
    // seed 002: "5万元以下、3年以内、基准利率贴息，免抵押、免担保"
    {
      maxAmount: '50000.00',
      maxTermMonths: 36,
      description: '5万元以下、3年以内、基准利率贴息，免抵押、免担保；可展期、续贷',
    },
  ),
  EMPLOYMENT: kind(
    '就业帮扶',
    N.DEVELOPMENT,
    [F.MEMBER, F.AMOUNT],
    I.TRANSFERS,
    [R.EMPLOYMENT_INSTABILITY, R.INCOME_DROP, R.EPIDEMIC],
    { description: '外出务工一次性交通补助、生活补助（每人200元）、扶贫车间' },
  ),
  PUBLIC_WELFARE_JOB: kind(
    '公益性岗位',
    N.DEVELOPMENT,
    [F.MEMBER, F.POST, F.MONTHLY_PAY, F.STARTS_ON],
    I.WAGES,
    [R.EMPLOYMENT_INSTABILITY, R.INCOME_DROP, R.EPIDEMIC],
    { description: '护林、管水、护路、保洁等' },
  ),
  ECOLOGICAL_JOB: kind(
    '生态岗位',
    N.DEVELOPMENT,
    [F.MEMBER, F.POST, F.MONTHLY_PAY, F.STARTS_ON],
    I.WAGES,
    [R.EMPLOYMENT_INSTABILITY, R.INCOME_DROP],
    { description: '生态护林员、草管员等' },
  ),
  SKILLS_TRAINING: kind('技能培训/雨露计划', N.DEVELOPMENT, [F.MEMBER], I.TRANSFERS, [
    R.EMPLOYMENT_INSTABILITY,
    R.SCHOOLING,
  ]),
  CONSUMPTION: kind('消费帮扶', N.DEVELOPMENT, [], I.OPERATIONS, [R.INDUSTRY_FAILURE, R.INCOME_DROP]),
  MINIMUM_LIVING: kind('低保', N.PROTECTIVE, [F.AMOUNT, F.STARTS_ON], I.TRANSFERS, [
    R.ILLNESS,
    R.DISABILITY,
    R.INCOME_DROP,
    R.EXPENDITURE_SURGE,
  ]),
  EXTREME_POVERTY: kind('特困供养', N.PROTECTIVE, [F.MEMBER, F.AMOUNT, F.STARTS_ON], I.TRANSFERS, [
    R.ILLNESS,
    R.DISABILITY,
    R.INCOME_DROP,
  ]),
  TEMPORARY_RELIEF: kind('临时救助', N.PROTECTIVE, [F.AMOUNT], I.TRANSFERS, [
    R.ACCIDENT,
    R.DISASTER,
    R.EXPENDITURE_SURGE,
    R.ILLNESS,
    R.EPIDEMIC,
  ]),
  MEDICAL_RELIEF: kind(
    '医疗救助',
    N.PROTECTIVE,
    [F.MEMBER, F.AMOUNT],
    I.TRANSFERS,
    [R.ILLNESS, R.BASIC_MEDICAL, R.EXPENDITURE_SURGE],
    { description: '基本医保、大病保险、医疗救助三重保障' },
  ),
  PENSION_PAYMENT: kind('养老保险代缴', N.PROTECTIVE, [F.MEMBER], I.NONE, [R.INCOME_DROP]),
  DISABILITY_ALLOWANCE: kind('残疾人补贴', N.PROTECTIVE, [F.MEMBER, F.AMOUNT], I.TRANSFERS, [R.DISABILITY]),
  EDUCATION_AID: kind('教育资助', N.PROTECTIVE, [F.MEMBER, F.AMOUNT], I.TRANSFERS, [
    R.SCHOOLING,
    R.COMPULSORY_EDUCATION,
  ]),
  HOUSING_RENOVATION: kind('危房改造', N.PROTECTIVE, [F.AMOUNT], I.NONE, [R.HOUSING_SAFETY, R.DISASTER], {
    description: '发现一户改造一户',
  }),
  DRINKING_WATER: kind('饮水安全', N.PROTECTIVE, [], I.NONE, [R.DRINKING_WATER]),
  RELOCATION_SUPPORT: kind('易地搬迁后续扶持', N.DEVELOPMENT, [], I.NONE, [
    R.EMPLOYMENT_INSTABILITY,
    R.INCOME_DROP,
    R.HOUSING_SAFETY,
  ]),
  ASSET_DIVIDEND: kind('资产收益分红', N.PROTECTIVE, [F.AMOUNT], I.PROPERTY, [R.INCOME_DROP, R.DISABILITY, R.ILLNESS]),
  ANTI_POVERTY_INSURANCE: kind('防贫保', N.PROTECTIVE, [F.AMOUNT], I.TRANSFERS, [
    R.ILLNESS,
    R.SCHOOLING,
    R.DISASTER,
    R.ACCIDENT,
    R.INDUSTRY_FAILURE,
  ]),
  CHARITY: kind('公益慈善捐赠', N.PROTECTIVE, [], I.TRANSFERS, [R.ACCIDENT, R.DISASTER, R.EXPENDITURE_SURGE], {
    description: '含爱心公益超市积分',
  }),
  MORALE: kind('扶志扶智', N.DEVELOPMENT, [], I.NONE, [R.EMPLOYMENT_INSTABILITY]),
};

const KIND_FIELDS: Array<keyof KindValues> = [
  'name',
  'nature',
  'requiredFields',
  'maxAmount',
  'maxTermMonths',
  'incomeSource',
  'answersRisks',
  'active',
  'description',
];

/**
 * The catalogue in force in a division: every kind of the national catalogue or of a row in the
 * division's ancestry, each field from the nearest division that set it. A kind a region adds
 * without a name or nature is incomplete and left out.
 */
export function resolveCatalogue(divisionCode: string, rows: readonly KindOverride[]): ResolvedKind[] {
  const chain = selfAndAncestorsOf(divisionCode);
  const rank = (code: string) => chain.indexOf(code);
  const codes = new Set([...Object.keys(NATIONAL_CATALOGUE), ...rows.map((r) => r.code)]);
  const resolved: ResolvedKind[] = [];
  for (const code of codes) {
    const own = rows
      .filter((r) => r.code === code && rank(r.divisionCode) >= 0)
      .sort((a, b) => rank(a.divisionCode) - rank(b.divisionCode));
    const base = NATIONAL_CATALOGUE[code];
    const values: Partial<KindValues> = { ...(base ?? {}) };
    for (const field of KIND_FIELDS) {
      const setter = own.find((r) => r[field] !== null && r[field] !== undefined);
      if (setter) (values as Record<string, unknown>)[field] = setter[field];
    }
    if (!values.name || !values.nature) continue;
    resolved.push({
      code,
      definedBy: own[0]?.divisionCode ?? null,
      name: values.name,
      nature: values.nature,
      requiredFields: values.requiredFields ?? [],
      maxAmount: values.maxAmount ?? null,
      maxTermMonths: values.maxTermMonths ?? null,
      incomeSource: values.incomeSource ?? I.NONE,
      answersRisks: values.answersRisks ?? [],
      active: values.active ?? true,
      description: values.description ?? null,
    });
  }
  const order = Object.keys(NATIONAL_CATALOGUE);
  return resolved.sort(
    (a, b) => (order.indexOf(a.code) + 1 || 999) - (order.indexOf(b.code) + 1 || 999) || a.code.localeCompare(b.code),
  );
}

/** 帮扶工作标准 national defaults (not given by the seeds: regional policy defaults, editable). */
export const ASSISTANCE_POLICY_DEFAULTS = {
  /** "定期回访": monthly. */
  visitIntervalDays: 30,
  planDueDays: 15,
  planTargetMonths: 12,
  stableWorkMonths: 6,
} as const;

export type AssistancePolicyValues = { -readonly [K in keyof typeof ASSISTANCE_POLICY_DEFAULTS]: number };
export const ASSISTANCE_POLICY_FIELDS = Object.keys(ASSISTANCE_POLICY_DEFAULTS) as Array<keyof AssistancePolicyValues>;

export function resolveAssistancePolicy(
  divisionCode: string,
  rows: ReadonlyArray<{ divisionCode: string } & Partial<Record<keyof AssistancePolicyValues, number | null>>>,
) {
  const chain = selfAndAncestorsOf(divisionCode);
  const values = { ...ASSISTANCE_POLICY_DEFAULTS } as AssistancePolicyValues;
  const sources: Partial<Record<keyof AssistancePolicyValues, string>> = {};
  for (const field of ASSISTANCE_POLICY_FIELDS) {
    for (const code of chain) {
      const value = rows.find((r) => r.divisionCode === code)?.[field];
      if (value !== null && value !== undefined) {
        values[field] = value;
        sources[field] = code;
        break;
      }
    }
  }
  return { values, sources };
}
