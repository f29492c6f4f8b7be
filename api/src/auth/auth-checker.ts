import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../common/errors';
import { Permission, PUBLIC } from './permission';

/** The one place a declared rule is checked: any one of the listed permissions suffices. */
export const authChecker: AuthCheckerFn<Context, string> = ({ context }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const { actor } = context;
  if (!actor) throw context.authError ?? unauthenticated();
  if (rules.length === 0) return true;
  if (rules.some((rule) => actor.permissions.has(rule as Permission))) return true;
  throw forbidden();
};
