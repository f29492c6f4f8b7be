import { Permission } from '../../auth/permission';
import { actionsFrom, stepFor, type Step, type StepTable } from '../../common/steps';
import { DivisionLevel } from '../../jurisdiction/division-code';
import { ProjectAction, ProjectState } from './asset.enums';

const V = DivisionLevel.VILLAGE;
const T = DivisionLevel.TOWNSHIP;
const C = DivisionLevel.COUNTY;
const {
  ASSET_PROJECT_TOWNSHIP: TOWNSHIP,
  ASSET_PROJECT_IMPLEMENT: IMPLEMENT,
  ASSET_PROJECT_COUNTY: COUNTY,
} = Permission;

/**
 * The special-fund project procedure (seed 003, 19): "镇（街）申报、新城审批、镇（街）村实施、
 * 镇（街）初检、新城验收、镇（街）报账". 申报 creates the project (applyAssetProject, township);
 * "谁审批、谁负责": approval and acceptance are the county's.
 */
export const PROJECT_STEPS: Record<Exclude<ProjectAction, ProjectAction.REJECT>, Step<ProjectState>> = {
  [ProjectAction.APPROVE]: { from: ProjectState.APPLIED, to: ProjectState.APPROVED, permission: COUNTY, levels: [C] },
  [ProjectAction.START_IMPLEMENTATION]: {
    from: ProjectState.APPROVED,
    to: ProjectState.IMPLEMENTING,
    permission: IMPLEMENT,
    levels: [T, V],
  },
  [ProjectAction.PRE_CHECK]: {
    from: ProjectState.IMPLEMENTING,
    to: ProjectState.PRE_CHECKED,
    permission: TOWNSHIP,
    levels: [T],
  },
  [ProjectAction.ACCEPT]: {
    from: ProjectState.PRE_CHECKED,
    to: ProjectState.ACCEPTED,
    permission: COUNTY,
    levels: [C],
  },
  [ProjectAction.REPORT_EXPENSE]: {
    from: ProjectState.ACCEPTED,
    to: ProjectState.EXPENSED,
    permission: TOWNSHIP,
    levels: [T],
  },
};

/** The county refuses an application (terminal) or sends a failed acceptance back to implementation. */
export const PROJECT_REJECTIONS: Partial<Record<ProjectState, Step<ProjectState>>> = {
  [ProjectState.APPLIED]: { from: ProjectState.APPLIED, to: ProjectState.REJECTED, permission: COUNTY, levels: [C] },
  [ProjectState.PRE_CHECKED]: {
    from: ProjectState.PRE_CHECKED,
    to: ProjectState.IMPLEMENTING,
    permission: COUNTY,
    levels: [C],
  },
};

/** The project procedure as a table for the step engine (common/steps.ts). */
export const PROJECT_PROCEDURE: StepTable<ProjectState, ProjectAction> = {
  forward: PROJECT_STEPS,
  fromState: { [ProjectAction.REJECT]: PROJECT_REJECTIONS },
};

export const projectStepFor = (action: ProjectAction, from: ProjectState): Step<ProjectState> | null =>
  stepFor(PROJECT_PROCEDURE, action, from);

export const projectActionsFrom = (state: ProjectState): ProjectAction[] => actionsFrom(PROJECT_PROCEDURE, state);
