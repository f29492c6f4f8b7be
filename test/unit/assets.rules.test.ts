import { describe, expect, it } from 'vitest';
import { priorityLeftOut, priorityReasons, PriorityReason } from '../../api/src/modules/assets/priority.rules';
import { projectActionsFrom, projectStepFor, PROJECT_STEPS } from '../../api/src/modules/assets/project.rules';
import type { Step } from '../../api/src/common/steps';
import { ProjectAction, ProjectState } from '../../api/src/modules/assets/asset.enums';
import { HealthStatus, LabourCapacity } from '../../api/src/modules/households/household.enums';
import { distributableOf } from '../../api/src/modules/collective-income/distribution.rules';
import { DivisionLevel } from '../../api/src/jurisdiction/division-code';

const member = (over: Partial<Parameters<typeof priorityReasons>[1][number]> = {}) => ({
  labourCapacity: LabourCapacity.ORDINARY,
  healthStatus: HealthStatus.HEALTHY,
  disabilityGrade: null,
  minimumLivingAllowance: false,
  extremePoverty: false,
  ...over,
});
const household = (over: Partial<Parameters<typeof priorityReasons>[0]> = {}) => ({
  noLabourCapacity: false,
  minimumLivingAllowance: false,
  extremePoverty: false,
  ...over,
});

describe('priority households (seed 002: "优先分配给无劳动能力的低保兜底户、有重大疾病患者家庭、残疾人家庭等特殊困难户")', () => {
  const cases: Array<
    [string, Parameters<typeof priorityReasons>[0], Parameters<typeof priorityReasons>[1], PriorityReason[]]
  > = [
    ['ordinary household', household(), [member()], []],
    ['低保 with labour is not 兜底', household({ minimumLivingAllowance: true }), [member()], []],
    [
      '低保, every member without labour',
      household({ minimumLivingAllowance: true }),
      [member({ labourCapacity: LabourCapacity.NONE }), member({ labourCapacity: LabourCapacity.LOST })],
      [PriorityReason.NO_LABOUR_SUBSISTENCE],
    ],
    [
      '特困 member, household flagged without labour',
      household({ noLabourCapacity: true }),
      [member({ extremePoverty: true })],
      [PriorityReason.NO_LABOUR_SUBSISTENCE],
    ],
    [
      'no labour but no 兜底',
      household({ noLabourCapacity: true }),
      [member({ labourCapacity: LabourCapacity.NONE })],
      [],
    ],
    [
      'a member with 大病',
      household(),
      [member(), member({ healthStatus: HealthStatus.SERIOUS_ILLNESS })],
      [PriorityReason.SERIOUS_ILLNESS],
    ],
    ['长期慢性病 alone is not 重大疾病', household(), [member({ healthStatus: HealthStatus.CHRONIC_ILLNESS })], []],
    ['残疾 by health or by grade', household(), [member({ disabilityGrade: 3 })], [PriorityReason.DISABILITY]],
  ];
  it.each(cases)('%s', (_name, h, members, expected) => {
    expect(priorityReasons(h, members)).toEqual(expected);
  });

  it('leaving one out counts only when someone else is served', () => {
    expect(priorityLeftOut(['p', 'q'], ['p', 'x'])).toEqual(['q']);
    expect(priorityLeftOut(['p'], [])).toEqual([]);
  });
});

describe('project procedure (seed 003, 19: "镇（街）申报、新城审批、镇（街）村实施、镇（街）初检、新城验收、镇（街）报账")', () => {
  it('runs 审批 → 实施 → 初检 → 验收 → 报账, each at its level', () => {
    let state: ProjectState = ProjectState.APPLIED;
    const levels: DivisionLevel[][] = [];
    for (const action of [
      ProjectAction.APPROVE,
      ProjectAction.START_IMPLEMENTATION,
      ProjectAction.PRE_CHECK,
      ProjectAction.ACCEPT,
      ProjectAction.REPORT_EXPENSE,
    ]) {
      const step: Step<ProjectState> = projectStepFor(action, state)!;
      expect(step, action).not.toBeNull();
      levels.push(step.levels);
      state = step.to;
    }
    expect(state).toBe(ProjectState.EXPENSED);
    expect(levels).toEqual([
      [DivisionLevel.COUNTY],
      [DivisionLevel.TOWNSHIP, DivisionLevel.VILLAGE],
      [DivisionLevel.TOWNSHIP],
      [DivisionLevel.COUNTY],
      [DivisionLevel.TOWNSHIP],
    ]);
    expect(projectActionsFrom(ProjectState.EXPENSED)).toEqual([]);
    expect(projectStepFor(ProjectAction.ACCEPT, ProjectState.APPROVED)).toBeNull();
    expect(Object.keys(PROJECT_STEPS)).toHaveLength(5);
  });
});

describe('distributable income', () => {
  it('is the income by source less the costs, never negative', () => {
    expect(
      distributableOf({
        assetIncome: '100.00',
        leasingIncome: '20.50',
        serviceIncome: '0.00',
        operatingIncome: '0.00',
        otherIncome: '0.00',
        costs: '30.25',
      }),
    ).toBe('90.25');
    expect(
      distributableOf({
        assetIncome: '0.00',
        leasingIncome: '0.00',
        serviceIncome: '0.00',
        operatingIncome: '0.00',
        otherIncome: '0.00',
        costs: '1.00',
      }),
    ).toBe('0.00');
  });
});
