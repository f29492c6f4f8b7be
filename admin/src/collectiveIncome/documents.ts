import { graphql } from '../gql';

/** The collective income console's own operations (typed by codegen from schema/schema.graphql). */
export const VillageYearQuery = graphql(`
  query ConsoleVillageYear($divisionCode: String!, $year: Int!) {
    collectiveIncome(divisionCode: $divisionCode, year: $year) {
      id
      version
      assetIncome
      leasingIncome
      serviceIncome
      operatingIncome
      otherIncome
      costs
      distributable
    }
    distributionPlans(divisionCode: $divisionCode, year: $year, limit: 1) {
      items {
        id
        version
        state
        total
        justification
        noticeEndsOn
        availableActions
        paidTotal
        flags {
          guard
          message
        }
        lines {
          id
          kind
          amount
          householdId
          reason
          condition
          paid
          household {
            householdNumber
          }
        }
        payments {
          id
          amount
          paidOn
          method
          household {
            householdNumber
          }
        }
        events {
          action
          toState
          actorName
          note
          at
        }
      }
    }
    priorityHouseholds(divisionCode: $divisionCode) {
      householdId
      householdNumber
      headName
      reasons
    }
    households(filter: { divisionCode: $divisionCode }, limit: 200) {
      items {
        id
        householdNumber
        head {
          name
        }
      }
    }
  }
`);

export const SetCollectiveIncomeMutation = graphql(`
  mutation ConsoleSetCollectiveIncome($divisionCode: String!, $year: Int!, $input: CollectiveIncomeInput!) {
    setCollectiveIncome(divisionCode: $divisionCode, year: $year, input: $input) {
      id
      distributable
    }
  }
`);

export const CheckPlanQuery = graphql(`
  query ConsoleCheckPlan($divisionCode: String!, $year: Int!, $lines: [DistributionLineInput!]!) {
    checkDistributionPlan(divisionCode: $divisionCode, year: $year, lines: $lines) {
      total
      distributable
      remaining
      flags {
        guard
        message
        householdIds
      }
    }
  }
`);

export const SavePlanMutation = graphql(`
  mutation ConsoleSavePlan($divisionCode: String!, $year: Int!, $input: DistributionPlanInput!) {
    saveDistributionPlan(divisionCode: $divisionCode, year: $year, input: $input) {
      id
      version
      state
    }
  }
`);

export const ActOnPlanMutation = graphql(`
  mutation ConsoleActOnPlan($planId: String!, $action: PlanAction!, $version: Int!, $note: String) {
    actOnDistributionPlan(planId: $planId, action: $action, version: $version, note: $note) {
      id
      version
      state
    }
  }
`);

export const RecordPaymentMutation = graphql(`
  mutation ConsoleRecordPayment($input: PaymentInput!) {
    recordDistributionPayment(input: $input) {
      id
      amount
    }
  }
`);

export const CollectiveIncomeListQuery = graphql(`
  query ConsoleCollectiveIncomes($year: Int, $limit: Int) {
    collectiveIncomes(year: $year, limit: $limit) {
      total
      items {
        id
        divisionCode
        year
        assetIncome
        distributable
        division {
          name
        }
      }
    }
  }
`);
