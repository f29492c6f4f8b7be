import type { Actor } from '../auth/actor';
import { can } from '../auth/access';
import type { Permission } from '../auth/permission';
import { forbidden } from './errors';
import { DIVISION_LEVEL_LABELS, levelOfCode, type DivisionLevel } from '../jurisdiction/division-code';

/**
 * The one step engine. A procedure (monitoring's 监测程序, an asset project's 申报→审批→…→报账, a
 * distribution plan's 村提出→乡镇审核→公示) is a table of steps held as data; this file answers,
 * for any such table, which step an action takes from a state, which actions a state offers, and
 * whether a person may take a step.
 */

/** One step: the state it leaves and enters, the permission it needs, the levels whose offices take it. */
export interface Step<S> {
  from: S;
  to: S;
  permission: Permission;
  levels: DivisionLevel[];
}

/** Who may do something that moves no state (draft a plan, apply for a project): a permission at some levels. */
export type StepRole = Pick<Step<unknown>, 'permission' | 'levels'>;

/**
 * A procedure as data: `forward` holds each action that leaves one fixed state; `fromState` holds
 * the actions whose step depends on where they are taken (reject, dismiss), keyed by that state.
 */
export interface StepTable<S extends string, A extends string> {
  forward: Partial<Record<A, Step<S>>>;
  fromState: Partial<Record<A, Partial<Record<S, Step<S>>>>>;
}

/** The step `action` takes from `from`, or null where the table has none (an illegal action). */
export function stepFor<S extends string, A extends string>(
  table: StepTable<S, A>,
  action: A,
  from: S,
): Step<S> | null {
  const byState = table.fromState[action];
  if (byState) return byState[from] ?? null;
  const step = table.forward[action];
  return step && step.from === from ? step : null;
}

/** The actions possible from a state, forward steps first (the console's buttons, before permissions). */
export function actionsFrom<S extends string, A extends string>(table: StepTable<S, A>, state: S): A[] {
  const forward = (Object.keys(table.forward) as A[]).filter((action) => table.forward[action]!.from === state);
  const byState = (Object.keys(table.fromState) as A[]).filter((action) => table.fromState[action]![state]);
  return [...forward, ...byState];
}

/** Every step of a table (for "in which states is something mine to do"). */
export function allSteps<S extends string, A extends string>(table: StepTable<S, A>): Step<S>[] {
  const byState = Object.values(table.fromState) as Array<Partial<Record<S, Step<S>>>>;
  return [
    ...(Object.values(table.forward) as Step<S>[]),
    ...byState.flatMap((steps) => Object.values(steps) as Step<S>[]),
  ];
}

/** A step is a person's to take when they hold its permission and sit at one of its levels. */
export function mayTakeStep(actor: Actor, step: StepRole): boolean {
  return actor.kind === 'USER' && can(actor, step.permission) && step.levels.includes(levelOfCode(actor.divisionCode));
}

/** As mayTakeStep, refusing with the office the step belongs to. */
export function assertMayTakeStep(actor: Actor, step: StepRole): void {
  if (!can(actor, step.permission)) throw forbidden();
  if (!step.levels.includes(levelOfCode(actor.divisionCode))) {
    throw forbidden(`此步骤须由${step.levels.map((l) => DIVISION_LEVEL_LABELS[l]).join('或')}办理`);
  }
}
