import { AssistanceCatalogueResolver } from './catalogue.resolver';
import { GapResolver } from './gaps.resolver';
import { HouseholdAssistanceResolver } from './household-assistance.resolver';
import { IncomeAssistanceResolver, MeasureResolver } from './measure.resolver';
import { PlanResolver } from './plan.resolver';
import { ContactPersonResolver, TeamResolver } from './team.resolver';
import { VisitDueResolver, VisitResolver } from './visit.resolver';
import { AssistancePolicy } from './assistance-policy.entity';
import { MeasureKind } from './measure-kind.entity';
import { AssistanceMeasure } from './measure.entity';
import { AssistancePlan } from './plan.entity';
import { TeamMember } from './team-member.entity';
import { Visit } from './visit.entity';

/** The module's entities and resolvers, each registered with one line in entities.ts and schema.ts. */
export const ASSISTANCE_ENTITIES = [
  MeasureKind,
  AssistancePolicy,
  AssistanceMeasure,
  AssistancePlan,
  TeamMember,
  Visit,
];
export const ASSISTANCE_RESOLVERS = [
  AssistanceCatalogueResolver,
  MeasureResolver,
  IncomeAssistanceResolver,
  PlanResolver,
  TeamResolver,
  ContactPersonResolver,
  VisitResolver,
  VisitDueResolver,
  GapResolver,
  HouseholdAssistanceResolver,
] as const;
