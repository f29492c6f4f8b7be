import { BaseEntity } from './common/base.entity';
import { StepEvent } from './common/step-event.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { AccessToken } from './auth/access-token.entity';
import { Division } from './modules/divisions/division.entity';
import { User } from './modules/users/user.entity';
import { Household } from './modules/households/household.entity';
import { HouseholdIncome } from './modules/households/household-income.entity';
import { Member } from './modules/households/member.entity';
import { MonitoringPolicy } from './modules/monitoring/policy.entity';
import { RiskFactor } from './modules/monitoring/risk-factor.entity';
import { CaseEvent, MonitoringCase } from './modules/monitoring/monitoring-case.entity';
import { CaseObjection, CaseReview } from './modules/monitoring/case-review.entity';
import { SelfReport } from './modules/self-reports/self-report.entity';
import { ImportJob } from './modules/imports/import-job.entity';
import { ExportJob } from './modules/imports/export-job.entity';
import { DepartmentBatch, DepartmentRecord, DepartmentWarning } from './modules/warnings/warning.entity';
import { InsurancePolicy } from './modules/insurance/insurance-policy.entity';
import { InsuranceClaim } from './modules/insurance/insurance-claim.entity';
import { MeasureKind } from './modules/assistance/measure-kind.entity';
import { AssistancePolicy } from './modules/assistance/assistance-policy.entity';
import { AssistanceMeasure } from './modules/assistance/measure.entity';
import { AssistancePlan } from './modules/assistance/plan.entity';
import { TeamMember } from './modules/assistance/team-member.entity';
import { Visit } from './modules/assistance/visit.entity';
import { Asset, AssetEvent, AssetIncome, AssetShare } from './modules/assets/asset.entity';
import { AssetProject, ProjectEvent } from './modules/assets/project.entity';
import {
  CollectiveIncome,
  DistributionLine,
  DistributionPayment,
  DistributionPlan,
  PlanEvent,
} from './modules/collective-income/collective-income.entity';

/** Every entity, listed once (discovery reads no folders, so the build and the tests agree). */
export const ENTITIES = [
  BaseEntity,
  StepEvent,
  Division,
  User,
  AccessToken,
  AuditEntry,
  Household,
  HouseholdIncome,
  Member,
  MonitoringPolicy,
  RiskFactor,
  MonitoringCase,
  CaseEvent,
  CaseReview,
  CaseObjection,
  SelfReport,
  ImportJob,
  ExportJob,
  DepartmentBatch,
  DepartmentWarning,
  DepartmentRecord,
  InsurancePolicy,
  InsuranceClaim,
  MeasureKind,
  AssistancePolicy,
  AssistanceMeasure,
  AssistancePlan,
  TeamMember,
  Visit,
  Asset,
  AssetEvent,
  AssetIncome,
  AssetShare,
  AssetProject,
  ProjectEvent,
  CollectiveIncome,
  DistributionPlan,
  DistributionLine,
  DistributionPayment,
  PlanEvent,
];
