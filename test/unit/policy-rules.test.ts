import { describe, expect, it } from 'vitest';
import { lineFromMultiple, POLICY_DEFAULTS, resolvePolicy } from '../../api/src/modules/monitoring/policy.rules';
import { assessRatio, RatioFlag, type RatioRow } from '../../api/src/modules/monitoring/monitored.sql';
import { MonitoringCategory } from '../../api/src/modules/households/household.enums';

describe('the monitoring line: an amount or a multiple of the national standard, the nearer setting decides', () => {
  const VILLAGE = '150121100201';
  it('seed 001 "国家扶贫标准1.5倍左右": a city multiple overrides the region amount; a county amount overrides the city multiple', () => {
    const region = { divisionCode: '150000000000', incomeLine: '7500.00', nationalPovertyLine: '4000.00' };
    const city = { divisionCode: '150100000000', incomeLineMultiple: 1.5 };
    expect(resolvePolicy(VILLAGE, [region]).values.incomeLine).toBe('7500.00');
    const byMultiple = resolvePolicy(VILLAGE, [region, city]);
    expect(byMultiple.values).toMatchObject({
      incomeLine: '6000.00',
      incomeLineMultiple: 1.5,
      nationalPovertyLine: '4000.00',
    });
    expect(byMultiple.sources).toMatchObject({
      incomeLine: '150100000000',
      incomeLineMultiple: '150100000000',
      nationalPovertyLine: '150000000000',
    });
    const county = { divisionCode: '150121000000', incomeLine: '6800.00' };
    expect(resolvePolicy(VILLAGE, [region, city, county]).values).toMatchObject({ incomeLine: '6800.00' });
    expect(resolvePolicy(VILLAGE, [region, city, county]).values.incomeLineMultiple).toBeUndefined();
    // A multiple with no national standard in force gives no line (rather than a wrong one).
    expect(resolvePolicy(VILLAGE, [city]).values.incomeLine).toBeUndefined();
    expect(lineFromMultiple('2300.00', 1.5)).toBe('3450.00');
    expect(lineFromMultiple('4123.45', 1.5)).toBe('6185.18');
  });

  it('defaults from the seeds: rigid expenditure share 1.0 (seed 000 "明显超过上年度家庭收入"), 5% expected, 10% cap, two categories (seed 001)', () => {
    const { values, sources } = resolvePolicy(VILLAGE, []);
    expect(values).toMatchObject({ rigidExpenditureShare: 1, expectedMonitoredRatio: 0.05, maxMonitoredRatio: 0.1 });
    expect(values.monitoredCategories).toEqual([
      MonitoringCategory.UNSTABLE_LIFTED_OUT,
      MonitoringCategory.MARGINAL_AT_RISK,
    ]);
    expect(sources).toEqual({});
    expect(
      resolvePolicy(VILLAGE, [{ divisionCode: '150121000000', rigidExpenditureShare: 0.8 }]).values
        .rigidExpenditureShare,
    ).toBe(0.8);
    expect(POLICY_DEFAULTS.monitoredRatioWarning).toBe(0.08);
  });
});

describe('the monitored ratio (seed 001: "两类监测对象规模一般为建档立卡人口的5%左右，深度贫困地区原则上不超过10%")', () => {
  const rows: RatioRow[] = [
    { grp: 'A', category: null, households: '20', persons: '200' },
    { grp: 'A', category: MonitoringCategory.UNSTABLE_LIFTED_OUT, households: '2', persons: '10' },
    { grp: 'A', category: MonitoringCategory.MARGINAL_AT_RISK, households: '1', persons: '5' },
    { grp: 'A', category: MonitoringCategory.SUDDEN_HARDSHIP, households: '2', persons: '10' },
  ];
  const policy = resolvePolicy('150121100201', []).values;
  it('counts the policy categories over the registered population; the cap applies only to 深度贫困 divisions', () => {
    expect(assessRatio(rows, () => true, policy, false)).toMatchObject({
      registeredPersons: 200,
      countedPersons: 15,
      monitoredRatio: 0.075,
      ratioFlag: null,
      warningRatio: 0.08,
      maxRatio: null,
    });
    expect(
      assessRatio(rows, () => true, { ...policy, monitoredCategories: Object.values(MonitoringCategory) }, false),
    ).toMatchObject({ countedPersons: 25, monitoredRatio: 0.125, ratioFlag: RatioFlag.ABOVE_WARNING });
    expect(
      assessRatio(rows, () => true, { ...policy, monitoredCategories: Object.values(MonitoringCategory) }, true),
    ).toMatchObject({ monitoredRatio: 0.125, maxRatio: 0.1, warningRatio: null, ratioFlag: RatioFlag.ABOVE_MAX });
    expect(assessRatio(rows.slice(0, 2), () => true, policy, true)).toMatchObject({
      monitoredRatio: 0.05,
      ratioFlag: null,
    });
    expect(assessRatio([rows[0]], () => true, policy, false)).toMatchObject({
      monitoredRatio: 0,
      ratioFlag: RatioFlag.FAR_BELOW_EXPECTED,
    });
    expect(assessRatio(rows, (g) => g === 'B', policy, false)).toMatchObject({
      registeredPersons: 0,
      monitoredRatio: 0,
      ratioFlag: null,
    });
  });
});
