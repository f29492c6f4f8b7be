import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- policies (监测标准) and supervision (监测督导) ----

export const PolicyValuesFragment = graphql(`
  fragment PolicyValues on MonitoringPolicy {
    incomeLine
    rigidExpenditureShare
    incomeDropShare
    subsidyShareWarning
    exitStabilityMonths
    publicNoticeDays
    expectedMonitoredRatio
    maxMonitoredRatio
    overdueDays
    medicalSelfPayThreshold
    disasterLossThreshold
    warningWindowMonths
    disabilityWarningGrade
    procedureTemplate
    exitPublicNoticeDays
    incomeLineMultiple
    nationalPovertyLine
    monitoredRatioWarning
    monitoredCategories
  }
`);

export const EffectivePolicyQuery = graphql(`
  query ConsoleEffectivePolicy($divisionCode: String!, $year: Int!) {
    effectivePolicy(divisionCode: $divisionCode, year: $year) {
      divisionCode
      year
      incomeLine
      rigidExpenditureShare
      incomeDropShare
      subsidyShareWarning
      exitStabilityMonths
      publicNoticeDays
      expectedMonitoredRatio
      maxMonitoredRatio
      overdueDays
      medicalSelfPayThreshold
      disasterLossThreshold
      warningWindowMonths
      disabilityWarningGrade
      procedureTemplate
      exitPublicNoticeDays
      incomeLineMultiple
      nationalPovertyLine
      monitoredRatioWarning
      monitoredCategories
      sources {
        field
        divisionCode
        divisionName
      }
    }
    policies(year: $year) {
      id
      divisionCode
      year
      ...PolicyValues
      updatedAt
      version
    }
  }
`);

export const SetPolicyMutation = graphql(`
  mutation ConsoleSetPolicy($divisionCode: String!, $year: Int!, $input: PolicyInput!) {
    setPolicy(divisionCode: $divisionCode, year: $year, input: $input) {
      id
      divisionCode
      year
      ...PolicyValues
      version
    }
  }
`);
