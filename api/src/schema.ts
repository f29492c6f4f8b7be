import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, getMetadataStorage, type MiddlewareFn } from 'type-graphql';
import type { Context } from './context';
import { authChecker } from './auth/auth-checker';
import { AuthResolver } from './auth/auth.resolver';
import { AuditResolver } from './audit/audit.resolver';
import { requestScope } from './audit/request-scope';
import { guardInputs } from './common/input-guard';
import { withinTimeBudget } from './common/query-limits';
import { ApiTokenResolver } from './modules/api-tokens/api-token.resolver';
import { DivisionResolver } from './modules/divisions/division.resolver';
import { UserResolver } from './modules/users/user.resolver';
import { HouseholdResolver } from './modules/households/household.resolver';
import { MemberResolver } from './modules/households/member.resolver';
import { CaseEventResolver, HouseholdCaseResolver, MonitoringCaseResolver } from './modules/monitoring/case.resolver';
import { IdentificationResolver } from './modules/monitoring/identification.resolver';
import { PolicyResolver } from './modules/monitoring/policy.resolver';
import { HouseholdRiskResolver, RiskFactorResolver } from './modules/monitoring/risk.resolver';
import { SupervisionResolver } from './modules/monitoring/supervision.resolver';
import { ImportsResolver } from './modules/imports/imports.resolver';
import { DepartmentBatchResolver, WarningResolver } from './modules/warnings/warning.resolver';
import { SelfReportResolver } from './modules/self-reports/self-report.resolver';
import { InsuranceClaimResolver, InsurerResolver } from './modules/insurance/insurance.resolver';
import { ASSISTANCE_RESOLVERS } from './modules/assistance';
import { AssetProjectResolver, AssetResolver, AssetShareResolver } from './modules/assets/asset.resolver';
import { StatisticsResolver } from './modules/statistics/statistics.resolver';
import {
  CollectiveIncomeResolver,
  DistributionLineResolver,
  DistributionPaymentResolver,
  DistributionPlanResolver,
  HouseholdIncomeDistributionResolver,
} from './modules/collective-income/collective-income.resolver';

export const RESOLVERS = [
  AuthResolver,
  DivisionResolver,
  UserResolver,
  ApiTokenResolver,
  AuditResolver,
  HouseholdResolver,
  MemberResolver,
  ImportsResolver,
  PolicyResolver,
  RiskFactorResolver,
  HouseholdRiskResolver,
  MonitoringCaseResolver,
  HouseholdCaseResolver,
  CaseEventResolver,
  IdentificationResolver,
  SupervisionResolver,
  WarningResolver,
  DepartmentBatchResolver,
  SelfReportResolver,
  InsurerResolver,
  InsuranceClaimResolver,
  ...ASSISTANCE_RESOLVERS,
  AssetResolver,
  AssetShareResolver,
  AssetProjectResolver,
  CollectiveIncomeResolver,
  DistributionPlanResolver,
  DistributionLineResolver,
  DistributionPaymentResolver,
  HouseholdIncomeDistributionResolver,
  StatisticsResolver,
] as const;

/**
 * Runs each operation's root resolver inside the request's scope, so ORM flushes know the actor
 * for the audit log. Nested fields only read (through loaders), so they skip the wrapper.
 */
const ROOT_TYPES = new Set(['Query', 'Mutation']);
const withRequestScope: MiddlewareFn<Context> = ({ context, info }, next) =>
  ROOT_TYPES.has(info.parentType.name) ? requestScope.run(context.scope, next) : next();

/**
 * Plain fields resolve with graphql's default resolver (type-graphql's `simple` fields): no
 * middleware chain, no auth check per value, which on a page of 100 households with members is
 * thousands of calls. A field keeps the full path when any class gives a field of that name a
 * middleware (@Sensitive masking and audit), a rule (@Authorized/@Allow) or arguments; the global
 * middlewares have nothing to do on the rest (the time budget is checked on every root field and
 * field resolver, arguments are checked where there are any).
 */
function useSimpleResolversForPlainFields(): void {
  const storage = getMetadataStorage() as unknown as {
    fields: Array<{ name: string; simple?: boolean }>;
    middlewares: Array<{ fieldName: string }>;
    authorizedFields: Array<{ fieldName: string }>;
    params: Array<{ methodName: string }>;
  };
  const special = new Set([
    ...storage.middlewares.map((m) => m.fieldName),
    ...storage.authorizedFields.map((a) => a.fieldName),
    ...storage.params.map((p) => p.methodName),
  ]);
  for (const field of storage.fields) {
    if (field.simple === undefined && !special.has(field.name)) field.simple = true;
  }
}

export function createSchema(): Promise<GraphQLSchema> {
  useSimpleResolversForPlainFields();
  return buildSchema({
    resolvers: [...RESOLVERS],
    authChecker,
    authMode: 'error',
    globalMiddlewares: [withinTimeBudget, guardInputs, withRequestScope],
    validate: { forbidUnknownValues: false },
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export const printSdl = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema)) + '\n';
