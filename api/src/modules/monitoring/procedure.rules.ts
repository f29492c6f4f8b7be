import { DivisionLevel } from '../../jurisdiction/division-code';
import { Permission } from '../../auth/permission';
import { CaseAction, CaseState } from './monitoring.enums';

export interface Transition {
  from: CaseState;
  to: CaseState;
  /** Held by the actor, who must also sit at this level (the step belongs to that office). */
  permission: Permission;
  level: DivisionLevel;
}

const V = DivisionLevel.VILLAGE;
const T = DivisionLevel.TOWNSHIP;
const C = DivisionLevel.COUNTY;
const { MONITORING_PROPOSE: PROPOSE, MONITORING_REVIEW_TOWNSHIP: TOWNSHIP, MONITORING_CONFIRM_COUNTY: COUNTY } = Permission;

/**
 * The monitoring procedure (监测程序) as data. Identification: lead → 入户调查 → 村级评议+公示 →
 * 乡镇审核 → 县级认定 → 监测中. Exit: 村评定 → 乡镇审核 → 县审定 → 风险消除. A review that rejects
 * returns the case one step; a lead (or a survey that finds nothing) may be dismissed.
 */
export const TRANSITIONS: Record<Exclude<CaseAction, CaseAction.REJECT | CaseAction.DISMISS>, Transition> = {
  [CaseAction.START_SURVEY]: { from: CaseState.LEAD, to: CaseState.SURVEY, permission: PROPOSE, level: V },
  [CaseAction.SUBMIT_SURVEY]: { from: CaseState.SURVEY, to: CaseState.VILLAGE_REVIEW, permission: PROPOSE, level: V },
  [CaseAction.SUBMIT_VILLAGE_REVIEW]: { from: CaseState.VILLAGE_REVIEW, to: CaseState.TOWNSHIP_REVIEW, permission: PROPOSE, level: V },
  [CaseAction.APPROVE_TOWNSHIP]: { from: CaseState.TOWNSHIP_REVIEW, to: CaseState.COUNTY_REVIEW, permission: TOWNSHIP, level: T },
  [CaseAction.CONFIRM_COUNTY]: { from: CaseState.COUNTY_REVIEW, to: CaseState.MONITORED, permission: COUNTY, level: C },
  [CaseAction.PROPOSE_EXIT]: { from: CaseState.MONITORED, to: CaseState.EXIT_VILLAGE_REVIEW, permission: PROPOSE, level: V },
  [CaseAction.SUBMIT_EXIT_VILLAGE]: { from: CaseState.EXIT_VILLAGE_REVIEW, to: CaseState.EXIT_TOWNSHIP_REVIEW, permission: PROPOSE, level: V },
  [CaseAction.APPROVE_EXIT_TOWNSHIP]: { from: CaseState.EXIT_TOWNSHIP_REVIEW, to: CaseState.EXIT_COUNTY_REVIEW, permission: TOWNSHIP, level: T },
  [CaseAction.CONFIRM_EXIT_COUNTY]: { from: CaseState.EXIT_COUNTY_REVIEW, to: CaseState.RISK_ELIMINATED, permission: COUNTY, level: C },
};

/** Where a rejection at each review sends the case, and who may reject there. */
export const REJECTIONS: Partial<Record<CaseState, Transition>> = {
  [CaseState.TOWNSHIP_REVIEW]: { from: CaseState.TOWNSHIP_REVIEW, to: CaseState.VILLAGE_REVIEW, permission: TOWNSHIP, level: T },
  [CaseState.COUNTY_REVIEW]: { from: CaseState.COUNTY_REVIEW, to: CaseState.TOWNSHIP_REVIEW, permission: COUNTY, level: C },
  [CaseState.EXIT_TOWNSHIP_REVIEW]: { from: CaseState.EXIT_TOWNSHIP_REVIEW, to: CaseState.EXIT_VILLAGE_REVIEW, permission: TOWNSHIP, level: T },
  [CaseState.EXIT_COUNTY_REVIEW]: { from: CaseState.EXIT_COUNTY_REVIEW, to: CaseState.EXIT_TOWNSHIP_REVIEW, permission: COUNTY, level: C },
  // The village withdraws an exit proposal: back to monitoring.
  [CaseState.EXIT_VILLAGE_REVIEW]: { from: CaseState.EXIT_VILLAGE_REVIEW, to: CaseState.MONITORED, permission: PROPOSE, level: V },
};

/** A lead found to be unfounded is closed by the village after (or instead of) the survey. */
export const DISMISSALS: Partial<Record<CaseState, Transition>> = {
  [CaseState.LEAD]: { from: CaseState.LEAD, to: CaseState.DISMISSED, permission: PROPOSE, level: V },
  [CaseState.SURVEY]: { from: CaseState.SURVEY, to: CaseState.DISMISSED, permission: PROPOSE, level: V },
};

/** States in which a case is still open (a household has at most one open case). */
export const OPEN_STATES: CaseState[] = Object.values(CaseState).filter((s) => s !== CaseState.RISK_ELIMINATED && s !== CaseState.DISMISSED);

export function transitionFor(action: CaseAction, from: CaseState): Transition | null {
  if (action === CaseAction.REJECT) return REJECTIONS[from] ?? null;
  if (action === CaseAction.DISMISS) return DISMISSALS[from] ?? null;
  const transition = TRANSITIONS[action];
  return transition.from === from ? transition : null;
}

/** The actions possible from a state (for the console's buttons, before permission filtering). */
export function actionsFrom(state: CaseState): CaseAction[] {
  const actions = (Object.keys(TRANSITIONS) as Array<keyof typeof TRANSITIONS>).filter((a) => TRANSITIONS[a].from === state) as CaseAction[];
  if (REJECTIONS[state]) actions.push(CaseAction.REJECT);
  if (DISMISSALS[state]) actions.push(CaseAction.DISMISS);
  return actions;
}
