import { graphql } from '../gql';

/** This resource's GraphQL documents; types are generated into ../gql by `pnpm codegen`. */

// ---- supervision (监测督导) ----

export const SupervisionRowFieldsFragment = graphql(`
  fragment SupervisionRowFields on SupervisionRow {
    divisionCode
    divisionName
    persons
    monitoredPersons
    registeredPersons
    countedMonitoredPersons
    monitoredRatio
    deepPoverty
    expectedRatio
    maxRatio
    warningRatio
    ratioFlag
    overdueCases
    byState {
      state
      cases
    }
  }
`);

export const SupervisionQuery = graphql(`
  query ConsoleSupervision($divisionCode: String!) {
    supervision(divisionCode: $divisionCode) {
      overdueDays
      total {
        ...SupervisionRowFields
      }
      children {
        ...SupervisionRowFields
      }
    }
  }
`);

export const StartSupervisionExportMutation = graphql(`
  mutation ConsoleStartSupervisionExport($divisionCode: String!) {
    startSupervisionExport(divisionCode: $divisionCode) {
      ...ExportJobFields
    }
  }
`);
