import type { Actor } from '../../auth/actor';
import { can } from '../../auth/access';
import { Permission } from '../../auth/permission';
import { forbidden } from '../../common/errors';
import { DIVISION_LEVEL_LABELS, DivisionLevel, levelOfCode } from '../../jurisdiction/division-code';
import { ProjectAction, ProjectState } from './asset.enums';

/**
 * One step of a procedure held as data, as the monitoring procedure does (monitoring/procedure.rules.ts):
 * the state it leaves and enters, the permission it needs, and the levels whose offices take it.
 */
export interface Step<S> {
  from: S;
  to: S;
  permission: Permission;
  levels: DivisionLevel[];
}

const V = DivisionLevel.VILLAGE;
const T = DivisionLevel.TOWNSHIP;
const C = DivisionLevel.COUNTY;
const { ASSET_PROJECT_TOWNSHIP: TOWNSHIP, ASSET_PROJECT_IMPLEMENT: IMPLEMENT, ASSET_PROJECT_COUNTY: COUNTY } = Permission;

/**
 * The special-fund project procedure (seed 003, 19): "镇（街）申报、新城审批、镇（街）村实施、
 * 镇（街）初检、新城验收、镇（街）报账". 申报 creates the project (applyAssetProject, township);
 * "谁审批、谁负责": approval and acceptance are the county's.
 */
export const PROJECT_STEPS: Record<Exclude<ProjectAction, ProjectAction.REJECT>, Step<ProjectState>> = {
  [ProjectAction.APPROVE]: { from: ProjectState.APPLIED, to: ProjectState.APPROVED, permission: COUNTY, levels: [C] },
  [ProjectAction.START_IMPLEMENTATION]: { from: ProjectState.APPROVED, to: ProjectState.IMPLEMENTING, permission: IMPLEMENT, levels: [T, V] },
  [ProjectAction.PRE_CHECK]: { from: ProjectState.IMPLEMENTING, to: ProjectState.PRE_CHECKED, permission: TOWNSHIP, levels: [T] },
  [ProjectAction.ACCEPT]: { from: ProjectState.PRE_CHECKED, to: ProjectState.ACCEPTED, permission: COUNTY, levels: [C] },
  [ProjectAction.REPORT_EXPENSE]: { from: ProjectState.ACCEPTED, to: ProjectState.EXPENSED, permission: TOWNSHIP, levels: [T] },
};

/** The county refuses an application (terminal) or sends a failed acceptance back to implementation. */
export const PROJECT_REJECTIONS: Partial<Record<ProjectState, Step<ProjectState>>> = {
  [ProjectState.APPLIED]: { from: ProjectState.APPLIED, to: ProjectState.REJECTED, permission: COUNTY, levels: [C] },
  [ProjectState.PRE_CHECKED]: { from: ProjectState.PRE_CHECKED, to: ProjectState.IMPLEMENTING, permission: COUNTY, levels: [C] },
};

export function projectStepFor(action: ProjectAction, from: ProjectState): Step<ProjectState> | null {
  if (action === ProjectAction.REJECT) return PROJECT_REJECTIONS[from] ?? null;
  const step = PROJECT_STEPS[action];
  return step.from === from ? step : null;
}

export function projectActionsFrom(state: ProjectState): ProjectAction[] {
  const actions = (Object.keys(PROJECT_STEPS) as Array<keyof typeof PROJECT_STEPS>).filter((a) => PROJECT_STEPS[a].from === state) as ProjectAction[];
  if (PROJECT_REJECTIONS[state]) actions.push(ProjectAction.REJECT);
  return actions;
}

/** A step is a person's to take when they hold its permission and sit at one of its levels. */
export function mayTakeStep(actor: Actor, step: { permission: Permission; levels: DivisionLevel[] }): boolean {
  return actor.kind === 'USER' && can(actor, step.permission) && step.levels.includes(levelOfCode(actor.divisionCode));
}

export function assertMayTakeStep(actor: Actor, step: { permission: Permission; levels: DivisionLevel[] }): void {
  if (!can(actor, step.permission)) throw forbidden();
  if (!step.levels.includes(levelOfCode(actor.divisionCode))) {
    throw forbidden(`此步骤须由${step.levels.map((l) => DIVISION_LEVEL_LABELS[l]).join('或')}办理`);
  }
}
