import insurerText from '../../../schema/contract/insurer.graphql?raw';
import dashboardText from '../../../schema/contract/dashboard.graphql?raw';
import { graphqlTextRequest } from '../dataProvider/graphqlRequest';
import type { ClaimStatus, InsuredCause } from '../gql/graphql';
import type { IneligibilityReason } from '../insurance/labels';

/**
 * The public contract's operations (schema/contract), bundled as text and sent verbatim: the API
 * accepts only these from partner accounts (insurer, dashboard), so the console's partner pages
 * speak exactly the contract a partner's own system would.
 */
function operations(text: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const part of text.split(/\n(?=(?:query|mutation) )/)) {
    const operation = part.replace(/^(#.*\n)+/, '').trim();
    const name = /^(?:query|mutation) (\w+)/.exec(operation)?.[1];
    if (name) found[name] = operation;
  }
  return found;
}

export const CONTRACT_OPERATIONS = { ...operations(insurerText), ...operations(dashboardText) };

type OperationName = 'ClaimEligibility' | 'FileClaim' | 'Claims' | 'RegionOverview' | 'MonthlyTrend';

function send<TResult>(name: OperationName, variables: unknown): Promise<TResult> {
  const text = CONTRACT_OPERATIONS[name];
  if (!text) throw new Error(`合作接口缺少操作 ${name}`);
  return graphqlTextRequest<TResult>(text, variables);
}

export interface LossInput {
  idNumber: string;
  cause: InsuredCause;
  incidentDate: string;
  totalCost: string;
  reimbursedAmount: string;
}

export interface Eligibility {
  eligible: boolean;
  reasons: IneligibilityReason[];
  divisionCode: string | null;
  policyYear: number | null;
  preventionLine: string | null;
  householdPerCapitaIncomeAfterLoss: string | null;
  selfPaidAmount: string;
  payoutAmount: string;
  bands: Array<{ lowerBound: string; upperBound: string | null; rate: number; amount: string }>;
}

export interface FiledClaim {
  id: string;
  status: ClaimStatus;
  payoutAmount: string;
  createdAt: string;
}

export interface ClaimRow {
  id: string;
  status: ClaimStatus;
  cause: InsuredCause;
  incidentDate: string;
  selfPaidAmount: string;
  payoutAmount: string;
  divisionCode: string;
}

export const checkEligibility = (input: LossInput) =>
  send<{ insuranceEligibility: Eligibility }>('ClaimEligibility', { input }).then((d) => d.insuranceEligibility);

export const fileClaim = (input: LossInput & { externalReference: string }) =>
  send<{ fileInsuranceClaim: FiledClaim }>('FileClaim', { input }).then((d) => d.fileInsuranceClaim);

export const listClaims = (variables: { status: ClaimStatus | null; offset: number; limit: number }) =>
  send<{ insuranceClaims: { total: number; items: ClaimRow[] } }>('Claims', variables).then((d) => d.insuranceClaims);

export interface RegionOverview {
  divisionCode: string;
  divisionName: string;
  households: number | null;
  persons: number | null;
  monitoredHouseholds: number | null;
  monitoredPersons: number | null;
  monitoredRatio: number | null;
  riskEliminatedHouseholds: number | null;
  byCategory: Array<{ category: string; households: number | null; persons: number | null }>;
  byRiskType: Array<{ riskType: string; households: number | null }>;
  assistanceCoverageRate: number | null;
  children: Array<{
    divisionCode: string;
    divisionName: string;
    households: number | null;
    monitoredHouseholds: number | null;
    monitoredRatio: number | null;
  }>;
}

export interface TrendMonth {
  month: string;
  identified: number | null;
  eliminated: number | null;
  monitoredAtMonthEnd: number | null;
}

export const regionOverview = (divisionCode: string, year: number) =>
  send<{ regionStatistics: RegionOverview }>('RegionOverview', { divisionCode, year }).then((d) => d.regionStatistics);

export const monthlyTrend = (divisionCode: string, from: string, to: string) =>
  send<{ monitoringTrend: TrendMonth[] }>('MonthlyTrend', { divisionCode, from, to }).then((d) => d.monitoringTrend);
