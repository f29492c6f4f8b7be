import { DivisionLevel } from '../../jurisdiction/division-code';
import { Permission } from '../../auth/permission';
import { actionsFrom as engineActionsFrom, allSteps, stepFor, type Step, type StepTable } from '../../common/steps';
import { CaseAction, CaseState, ProcedureTemplate, ReviewStage } from './monitoring.enums';

/** A step of the monitoring procedure (the one step engine's shape, common/steps.ts). */
export type Transition = Step<CaseState>;

const V = DivisionLevel.VILLAGE;
const T = DivisionLevel.TOWNSHIP;
const C = DivisionLevel.COUNTY;
const {
  MONITORING_PROPOSE: PROPOSE,
  MONITORING_REVIEW_TOWNSHIP: TOWNSHIP,
  MONITORING_CONFIRM_COUNTY: COUNTY,
} = Permission;

/**
 * The monitoring procedure (监测程序) as data. Identification: lead → 入户调查 → 村级评议+公示 →
 * 乡镇审核 → 县级认定 → 监测中. Exit: 村评定 → 乡镇审核 → 县审定 → 风险消除. A review that rejects
 * returns the case one step; a lead (or a survey that finds nothing) may be dismissed.
 */
export const TRANSITIONS: Record<Exclude<CaseAction, CaseAction.REJECT | CaseAction.DISMISS>, Transition> = {
  [CaseAction.START_SURVEY]: { from: CaseState.LEAD, to: CaseState.SURVEY, permission: PROPOSE, levels: [V] },
  [CaseAction.SUBMIT_SURVEY]: {
    from: CaseState.SURVEY,
    to: CaseState.VILLAGE_REVIEW,
    permission: PROPOSE,
    levels: [V],
  },
  [CaseAction.SUBMIT_VILLAGE_REVIEW]: {
    from: CaseState.VILLAGE_REVIEW,
    to: CaseState.TOWNSHIP_REVIEW,
    permission: PROPOSE,
    levels: [V],
  },
  [CaseAction.APPROVE_TOWNSHIP]: {
    from: CaseState.TOWNSHIP_REVIEW,
    to: CaseState.COUNTY_REVIEW,
    permission: TOWNSHIP,
    levels: [T],
  },
  [CaseAction.CONFIRM_COUNTY]: {
    from: CaseState.COUNTY_REVIEW,
    to: CaseState.MONITORED,
    permission: COUNTY,
    levels: [C],
  },
  [CaseAction.PROPOSE_EXIT]: {
    from: CaseState.MONITORED,
    to: CaseState.EXIT_VILLAGE_REVIEW,
    permission: PROPOSE,
    levels: [V],
  },
  [CaseAction.SUBMIT_EXIT_VILLAGE]: {
    from: CaseState.EXIT_VILLAGE_REVIEW,
    to: CaseState.EXIT_TOWNSHIP_REVIEW,
    permission: PROPOSE,
    levels: [V],
  },
  [CaseAction.APPROVE_EXIT_TOWNSHIP]: {
    from: CaseState.EXIT_TOWNSHIP_REVIEW,
    to: CaseState.EXIT_COUNTY_REVIEW,
    permission: TOWNSHIP,
    levels: [T],
  },
  [CaseAction.CONFIRM_EXIT_COUNTY]: {
    from: CaseState.EXIT_COUNTY_REVIEW,
    to: CaseState.RISK_ELIMINATED,
    permission: COUNTY,
    levels: [C],
  },
};

/** Where a rejection at each review sends the case, and who may reject there. */
export const REJECTIONS: Partial<Record<CaseState, Transition>> = {
  [CaseState.TOWNSHIP_REVIEW]: {
    from: CaseState.TOWNSHIP_REVIEW,
    to: CaseState.VILLAGE_REVIEW,
    permission: TOWNSHIP,
    levels: [T],
  },
  [CaseState.COUNTY_REVIEW]: {
    from: CaseState.COUNTY_REVIEW,
    to: CaseState.TOWNSHIP_REVIEW,
    permission: COUNTY,
    levels: [C],
  },
  [CaseState.EXIT_TOWNSHIP_REVIEW]: {
    from: CaseState.EXIT_TOWNSHIP_REVIEW,
    to: CaseState.EXIT_VILLAGE_REVIEW,
    permission: TOWNSHIP,
    levels: [T],
  },
  [CaseState.EXIT_COUNTY_REVIEW]: {
    from: CaseState.EXIT_COUNTY_REVIEW,
    to: CaseState.EXIT_TOWNSHIP_REVIEW,
    permission: COUNTY,
    levels: [C],
  },
  // The village withdraws an exit proposal: back to monitoring.
  [CaseState.EXIT_VILLAGE_REVIEW]: {
    from: CaseState.EXIT_VILLAGE_REVIEW,
    to: CaseState.MONITORED,
    permission: PROPOSE,
    levels: [V],
  },
};

/** A lead found to be unfounded is closed by the village after (or instead of) the survey. */
export const DISMISSALS: Partial<Record<CaseState, Transition>> = {
  [CaseState.LEAD]: { from: CaseState.LEAD, to: CaseState.DISMISSED, permission: PROPOSE, levels: [V] },
  [CaseState.SURVEY]: { from: CaseState.SURVEY, to: CaseState.DISMISSED, permission: PROPOSE, levels: [V] },
};

type StepAction = Exclude<CaseAction, CaseAction.REJECT | CaseAction.DISMISS>;

/** A procedure template: the step table the one step engine follows for a county's cases. */
export type ProcedureTable = StepTable<CaseState, CaseAction>;

const table = (
  transitions: Partial<Record<StepAction, Transition>>,
  rejections: Partial<Record<CaseState, Transition>>,
  dismissals: Partial<Record<CaseState, Transition>>,
): ProcedureTable => ({
  forward: transitions,
  fromState: { [CaseAction.REJECT]: rejections, [CaseAction.DISMISS]: dismissals },
});

/**
 * seed 001: "按照农户申报、乡村干部走访排查、相关行业部门筛查比对预警、县级扶贫部门确定…确定监测对象":
 * the village surveys, the county decides; no village review or township step. Exit: the village
 * proposes, the county decides.
 */
const COUNTY_DECIDES: ProcedureTable = table(
  {
    [CaseAction.START_SURVEY]: TRANSITIONS[CaseAction.START_SURVEY],
    [CaseAction.SUBMIT_SURVEY]: {
      from: CaseState.SURVEY,
      to: CaseState.COUNTY_REVIEW,
      permission: PROPOSE,
      levels: [V],
    },
    [CaseAction.CONFIRM_COUNTY]: TRANSITIONS[CaseAction.CONFIRM_COUNTY],
    [CaseAction.PROPOSE_EXIT]: {
      from: CaseState.MONITORED,
      to: CaseState.EXIT_COUNTY_REVIEW,
      permission: PROPOSE,
      levels: [V],
    },
    [CaseAction.CONFIRM_EXIT_COUNTY]: TRANSITIONS[CaseAction.CONFIRM_EXIT_COUNTY],
  },
  {
    [CaseState.COUNTY_REVIEW]: { from: CaseState.COUNTY_REVIEW, to: CaseState.SURVEY, permission: COUNTY, levels: [C] },
    [CaseState.EXIT_COUNTY_REVIEW]: {
      from: CaseState.EXIT_COUNTY_REVIEW,
      to: CaseState.MONITORED,
      permission: COUNTY,
      levels: [C],
    },
  },
  DISMISSALS,
);

/** The templates a policy may choose (procedureTemplate); without a choice, the Inner Mongolia one. */
export const PROCEDURE_TEMPLATES: Record<ProcedureTemplate, ProcedureTable> = {
  [ProcedureTemplate.INNER_MONGOLIA]: table(TRANSITIONS, REJECTIONS, DISMISSALS),
  [ProcedureTemplate.COUNTY_DECIDES]: COUNTY_DECIDES,
};

export const DEFAULT_TEMPLATE = ProcedureTemplate.INNER_MONGOLIA;

const tableOf = (template?: ProcedureTemplate | null) => PROCEDURE_TEMPLATES[template ?? DEFAULT_TEMPLATE];

/**
 * The village review each stage leaves by (民主评议 and 公示 recorded, objections answered first):
 * identification leaves 村级评议公示 by SUBMIT_VILLAGE_REVIEW, exit leaves 村评定 by SUBMIT_EXIT_VILLAGE.
 */
export const REVIEW_EXITS: Partial<Record<CaseAction, ReviewStage>> = {
  [CaseAction.SUBMIT_VILLAGE_REVIEW]: ReviewStage.IDENTIFICATION,
  [CaseAction.SUBMIT_EXIT_VILLAGE]: ReviewStage.EXIT,
};

/** The village review a case is in now (where deliberations and objections are recorded), if any. */
export function reviewStageOf(state: CaseState): ReviewStage | null {
  if (state === CaseState.VILLAGE_REVIEW) return ReviewStage.IDENTIFICATION;
  if (state === CaseState.EXIT_VILLAGE_REVIEW) return ReviewStage.EXIT;
  return null;
}

/** Every transition of every template (for "which states are my tasks"). */
export function allTransitions(): Transition[] {
  return Object.values(PROCEDURE_TEMPLATES).flatMap(allSteps);
}

/** States in which a case is still open (a household has at most one open case). */
export const OPEN_STATES: CaseState[] = Object.values(CaseState).filter(
  (s) => s !== CaseState.RISK_ELIMINATED && s !== CaseState.DISMISSED,
);

/** The step an action takes from a state under a template (default: Inner Mongolia), or null if illegal. */
export function transitionFor(
  action: CaseAction,
  from: CaseState,
  template?: ProcedureTemplate | null,
): Transition | null {
  return stepFor(tableOf(template), action, from);
}

/** The actions possible from a state (for the console's buttons, before permission filtering). */
export function actionsFrom(state: CaseState, template?: ProcedureTemplate | null): CaseAction[] {
  return engineActionsFrom(tableOf(template), state);
}
