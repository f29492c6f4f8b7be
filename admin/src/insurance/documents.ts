import { graphql } from '../gql';

/** The console's own 防贫保 operations (the insurers' contract operations live in schema/contract). */

export const InsurancePolicyFields = graphql(`
  fragment InsurancePolicyFields on InsurancePolicy {
    id
    version
    divisionCode
    year
    insurerName
    coveredDivisionCodes
    ruralPopulation
    baseShare
    premiumPerPerson
    insuredBase
    premium
    preventionLineAmount
    preventionLineMultiple
    povertyLine
    insuredCauses
    deductible
    personYearCap
    bands {
      lowerBound
      upperBound
      rate
    }
    causeCaps {
      cause
      cap
    }
  }
`);

export const InsurancePoliciesQuery = graphql(`
  query ConsoleInsurancePolicies($year: Int) {
    insurancePolicies(year: $year) {
      ...InsurancePolicyFields
    }
  }
`);

export const SaveInsurancePolicyMutation = graphql(`
  mutation ConsoleSaveInsurancePolicy(
    $divisionCode: String!
    $year: Int!
    $input: InsurancePolicyInput!
    $version: Int
  ) {
    saveInsurancePolicy(divisionCode: $divisionCode, year: $year, input: $input, version: $version) {
      ...InsurancePolicyFields
    }
  }
`);

export const PayoutPreviewQuery = graphql(`
  query ConsoleInsurancePayoutPreview($input: PayoutPreviewInput!) {
    insurancePayoutPreview(input: $input) {
      aboveDeductible
      payoutAmount
      bands {
        lowerBound
        upperBound
        rate
        amount
      }
    }
  }
`);

export const InsuranceClaimFields = graphql(`
  fragment InsuranceClaimFields on InsuranceClaim {
    id
    version
    status
    insurerName
    externalReference
    divisionCode
    policyYear
    cause
    incidentDate
    totalCost
    reimbursedAmount
    selfPaidAmount
    perCapitaIncomeAfterLoss
    preventionLine
    payoutAmount
    reviewNote
    reviewedBy
    reviewedAt
    paidOn
    paymentReference
    createdAt
  }
`);

export const InsuranceClaimQueueQuery = graphql(`
  query ConsoleInsuranceClaimQueue($status: ClaimStatus, $offset: Int, $limit: Int) {
    insuranceClaimQueue(status: $status, offset: $offset, limit: $limit) {
      total
      items {
        ...InsuranceClaimFields
        member {
          id
          name
        }
      }
    }
  }
`);

export const InsuranceClaimQuery = graphql(`
  query ConsoleInsuranceClaim($id: String!) {
    insuranceClaim(id: $id) {
      ...InsuranceClaimFields
      member {
        id
        name
        idNumber
        relation
      }
      household {
        id
        householdNumber
        memberCount
        perCapitaNetIncome
        incomeYear
      }
    }
  }
`);

export const ReviewInsuranceClaimMutation = graphql(`
  mutation ConsoleReviewInsuranceClaim($id: String!, $version: Int!, $approve: Boolean!, $note: String) {
    reviewInsuranceClaim(id: $id, version: $version, approve: $approve, note: $note) {
      ...InsuranceClaimFields
    }
  }
`);

export const RecordInsurancePaymentMutation = graphql(`
  mutation ConsoleRecordInsurancePayment($id: String!, $version: Int!, $paidOn: String!, $paymentReference: String!) {
    recordInsuranceClaimPayment(id: $id, version: $version, paidOn: $paidOn, paymentReference: $paymentReference) {
      ...InsuranceClaimFields
    }
  }
`);

export const InsuranceSummaryQuery = graphql(`
  query ConsoleInsuranceSummary($year: Int!) {
    insuranceSummary(year: $year) {
      insurerName
      year
      policies
      insuredBase
      premium
      claims
      submitted
      approved
      rejected
      paid
      payouts
      approvedUnpaid
      lossRatio
    }
  }
`);
