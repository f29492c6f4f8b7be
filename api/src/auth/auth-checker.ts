import type { AuthCheckerFn } from 'type-graphql';
import type { Context } from '../context';
import { forbidden, unauthenticated } from '../common/errors';
import { assertPasswordChangedFor } from './access';
import { Permission, PUBLIC } from './permission';

/** The one place a declared rule is checked: any one of the listed permissions suffices. */
export const authChecker: AuthCheckerFn<Context, string> = ({ context, info }, rules) => {
  if (rules.includes(PUBLIC)) return true;
  const { actor } = context;
  if (!actor) throw context.authError ?? unauthenticated();
  // Root fields only: nested fields are reached through a root field that already passed.
  const operationType =
    info.operation.operation === 'mutation' ? info.schema.getMutationType() : info.schema.getQueryType();
  if (info.parentType === operationType) assertPasswordChangedFor(actor, info.fieldName);
  if (rules.length === 0) return true;
  if (rules.some((rule) => actor.permissions.has(rule as Permission))) return true;
  throw forbidden();
};
