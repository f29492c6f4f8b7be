import type { Context } from './context';
import { perRequest } from './common/loaders';
import { CatalogueService } from './modules/assistance/measure-kind.service';
import { GapService } from './modules/assistance/gaps.service';
import { MeasureService } from './modules/assistance/measure.service';
import { PlanService } from './modules/assistance/plan.service';
import { TeamService } from './modules/assistance/team.service';
import { VisitService } from './modules/assistance/visit.service';
import { AssetService } from './modules/assets/asset.service';
import { ProjectService } from './modules/assets/project.service';
import { CollectiveIncomeService } from './modules/collective-income/collective-income.service';
import { StatisticsService } from './modules/statistics/statistics.service';
import { AuditService } from './audit/audit.service';
import { AuthService } from './auth/auth.service';
import { ApiTokenService } from './modules/api-tokens/api-token.service';
import { DivisionService } from './modules/divisions/division.service';
import { HouseholdService } from './modules/households/household.service';
import { MemberService } from './modules/households/member.service';
import { ExportJobService } from './modules/imports/export-job.service';
import { HouseholdExportService } from './modules/imports/household-export.service';
import { HouseholdImportService } from './modules/imports/household-import.service';
import { CaseService } from './modules/monitoring/case.service';
import { IdentificationService } from './modules/monitoring/identification.service';
import { PolicyService } from './modules/monitoring/policy.service';
import { RiskService } from './modules/monitoring/risk.service';
import { SupervisionService } from './modules/monitoring/supervision.service';
import { CaseExportService } from './modules/monitoring/case-export.service';
import { SupervisionExportService } from './modules/monitoring/supervision-export.service';
import { InsuranceClaimService } from './modules/insurance/insurance-claim.service';
import { InsurancePolicyService } from './modules/insurance/insurance-policy.service';
import { UserService } from './modules/users/user.service';
import { WarningService } from './modules/warnings/warning.service';
import { SelfReportService } from './modules/self-reports/self-report.service';

/**
 * The services of one request (`services(ctx)`), each built on first use with the services it
 * depends on: this file is the one place a service's dependencies are written down. Services
 * hold no request state (every method takes the context first), so building them is cheap.
 * A new module adds a getter here and its resolver calls `services(ctx).<name>`. Services never
 * call this accessor (they are handed what they need), so nothing below imports this file.
 */
export class Services {
  private readonly built = new Map<string, unknown>();

  private once<T>(name: string, build: () => T): T {
    if (!this.built.has(name)) this.built.set(name, build());
    return this.built.get(name) as T;
  }

  get auth() {
    return this.once('auth', () => new AuthService());
  }
  get audit() {
    return this.once('audit', () => new AuditService());
  }
  get divisions() {
    return this.once('divisions', () => new DivisionService());
  }
  get users() {
    return this.once('users', () => new UserService(this.divisions));
  }
  get apiTokens() {
    return this.once('apiTokens', () => new ApiTokenService(this.divisions));
  }
  get households() {
    return this.once('households', () => new HouseholdService(this.divisions));
  }
  get members() {
    return this.once('members', () => new MemberService(this.households));
  }
  get householdImport() {
    return this.once('householdImport', () => new HouseholdImportService(this.households));
  }
  get exportJobs() {
    return this.once('exportJobs', () => new ExportJobService());
  }
  get householdExport() {
    return this.once('householdExport', () => new HouseholdExportService(this.households, this.exportJobs));
  }
  get policies() {
    return this.once('policies', () => new PolicyService(this.divisions));
  }
  get risks() {
    return this.once('risks', () => new RiskService(this.households));
  }
  get cases() {
    return this.once('cases', () => new CaseService(this.households, this.policies, this.assistancePlans));
  }
  get selfReports() {
    return this.once('selfReports', () => new SelfReportService(this.households, this.cases));
  }
  get identification() {
    return this.once('identification', () => new IdentificationService(this.divisions, this.policies));
  }
  get supervision() {
    return this.once('supervision', () => new SupervisionService(this.divisions, this.policies));
  }
  get caseExport() {
    return this.once('caseExport', () => new CaseExportService(this.cases, this.exportJobs));
  }
  get supervisionExport() {
    return this.once('supervisionExport', () => new SupervisionExportService(this.supervision, this.exportJobs));
  }
  get insurancePolicies() {
    return this.once('insurancePolicies', () => new InsurancePolicyService(this.divisions));
  }
  get insuranceClaims() {
    return this.once('insuranceClaims', () => new InsuranceClaimService());
  }
  get assistanceCatalogue() {
    return this.once('assistanceCatalogue', () => new CatalogueService(this.divisions));
  }
  get assistanceMeasures() {
    return this.once('assistanceMeasures', () => new MeasureService(this.households, this.assistanceCatalogue));
  }
  get assistancePlans() {
    return this.once('assistancePlans', () => new PlanService(this.households, this.assistanceCatalogue));
  }
  get assistanceTeams() {
    return this.once('assistanceTeams', () => new TeamService(this.households));
  }
  get assistanceVisits() {
    return this.once('assistanceVisits', () => new VisitService(this.households, this.cases));
  }
  get assistanceGaps() {
    return this.once('assistanceGaps', () => new GapService(this.divisions, this.assistanceCatalogue));
  }
  get assets() {
    return this.once('assets', () => new AssetService());
  }
  get assetProjects() {
    return this.once('assetProjects', () => new ProjectService(this.assets, this.policies));
  }
  get collectiveIncome() {
    return this.once('collectiveIncome', () => new CollectiveIncomeService(this.policies));
  }
  get statistics() {
    return this.once('statistics', () => new StatisticsService(this.divisions, this.policies, this.identification));
  }
  get warnings() {
    return this.once('warnings', () => new WarningService(this.policies, this.cases));
  }
}

/** The request's services, built on first use and kept with the request's context. */
export const services = perRequest((_ctx: Context) => new Services());
