import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { requestScope } from './audit/request-scope';
import { ApiTokenResolver } from './modules/api-tokens/api-token.resolver';
import { DivisionResolver } from './modules/divisions/division.resolver';
import { UserResolver } from './modules/users/user.resolver';
import { HouseholdResolver, MemberResolver } from './modules/households/household.resolver';
import { HouseholdMonitoringResolver, MonitoringCaseResolver, PolicyResolver, RiskFactorResolver } from './modules/monitoring/monitoring.resolver';
import { ImportsResolver } from './modules/imports/imports.resolver';
import { WarningResolver } from './modules/warnings/warning.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';

export const RESOLVERS = [AuthResolver, DivisionResolver, UserResolver, ApiTokenResolver, AuditResolver, HouseholdResolver, MemberResolver, ImportsResolver,
  PolicyResolver, RiskFactorResolver, MonitoringCaseResolver, HouseholdMonitoringResolver, WarningResolver,
  StatisticsResolver] as const;

/**
 * Runs each operation's root resolver inside the request's scope, so ORM flushes know the actor
 * for the audit log. Nested fields only read (through loaders), so they skip the wrapper.
 */
const ROOT_TYPES = new Set(['Query', 'Mutation']);
const withRequestScope: MiddlewareFn<Context> = ({ context, info }, next) =>
  ROOT_TYPES.has(info.parentType.name) ? requestScope.run(context.scope, next) : next();

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [withRequestScope],
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export const printSdl = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema)) + '\n';
