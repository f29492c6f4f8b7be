import { graphql } from '../gql';

/** The assistance pages' own operations (typed by codegen from schema/schema.graphql). */
export const MeasureKindsQuery = graphql(`
  query AssistanceMeasureKinds($divisionCode: String!) {
    measureKinds(divisionCode: $divisionCode) {
      code
      name
      nature
      requiredFields
      maxAmount
      maxTermMonths
      incomeSource
      answersRisks
      active
      description
      definedBy
      national
    }
  }
`);

export const SetMeasureKindMutation = graphql(`
  mutation AssistanceSetMeasureKind($divisionCode: String!, $input: MeasureKindInput!) {
    setMeasureKind(divisionCode: $divisionCode, input: $input) {
      id
      code
    }
  }
`);

export const HouseholdAssistanceQuery = graphql(`
  query AssistanceHousehold($id: String!) {
    household(id: $id) {
      id
      householdNumber
      divisionCode
      status
      head {
        name
      }
      members {
        id
        name
        labourCapacity
        workMonths
      }
      riskFactors {
        id
        type
        status
        occurredOn
      }
      openCase {
        id
        state
        identifiedOn
      }
      incomes {
        year
        assistanceContributions {
          measureId
          kindName
          incomeSource
          amount
        }
      }
      measures {
        id
        version
        kindCode
        kindName
        nature
        incomeSource
        amount
        startsOn
        endsOn
        responsibleUnit
        responsiblePerson
        status
        post
        monthlyPay
        riskFactorIds
        note
        member {
          name
        }
      }
      assistancePlan {
        id
        version
        status
        targetOn
        goal
        caseId
        risks {
          risk {
            id
            type
            occurredOn
          }
          measures {
            id
            kindName
            status
          }
        }
        gaps {
          kind
          detail
        }
      }
      assistanceGaps {
        kind
        detail
      }
      team {
        id
        version
        name
        role
        unit
        phone
        isPrimary
        userId
      }
      visits {
        id
        visitedOn
        visitorName
        findings
        incomeCheck
        incomeNote
        photoRef
        measureChecks {
          measureId
          working
        }
      }
    }
  }
`);

export const AddMeasureMutation = graphql(`
  mutation AssistanceAddMeasure($householdId: String!, $input: MeasureInput!) {
    addMeasure(householdId: $householdId, input: $input) {
      id
    }
  }
`);

export const SetMeasureStatusMutation = graphql(`
  mutation AssistanceSetMeasureStatus($id: String!, $version: Int!, $status: MeasureStatus!) {
    setMeasureStatus(id: $id, version: $version, status: $status) {
      id
      status
    }
  }
`);

export const CreatePlanMutation = graphql(`
  mutation AssistanceCreatePlan($householdId: String!) {
    createAssistancePlan(householdId: $householdId) {
      id
    }
  }
`);

export const UpdatePlanMutation = graphql(`
  mutation AssistanceUpdatePlan($id: String!, $version: Int!, $input: PlanInput!) {
    updateAssistancePlan(id: $id, version: $version, input: $input) {
      id
      status
    }
  }
`);

export const AddTeamMemberMutation = graphql(`
  mutation AssistanceAddTeamMember($householdId: String!, $input: TeamMemberInput!) {
    addTeamMember(householdId: $householdId, input: $input) {
      id
    }
  }
`);

export const GapReportQuery = graphql(`
  query AssistanceGapReport($divisionCode: String!, $kinds: [GapKind!], $offset: Int, $limit: Int) {
    assistanceGaps(divisionCode: $divisionCode, kinds: $kinds, offset: $offset, limit: $limit) {
      divisionCode
      asOf
      total
      summary {
        divisionCode
        divisionName
        monitoredHouseholds
        total
        counts {
          kind
          count
        }
      }
      children {
        divisionCode
        divisionName
        monitoredHouseholds
        total
        counts {
          kind
          count
        }
      }
      items {
        kind
        householdId
        divisionCode
        detail
        household {
          id
          householdNumber
          head {
            name
          }
          division {
            name
          }
        }
      }
    }
  }
`);

export const ContactPeopleQuery = graphql(`
  query AssistanceContactPeople($divisionCode: String!) {
    contactPeople(divisionCode: $divisionCode) {
      member {
        id
        name
        role
        unit
        phone
      }
      households {
        id
        householdNumber
        head {
          name
        }
        division {
          name
        }
      }
    }
  }
`);

export const MyHouseholdsQuery = graphql(`
  query AssistanceMyHouseholds {
    myHouseholds {
      id
      householdNumber
      head {
        name
      }
      division {
        name
      }
      assistancePlan {
        status
      }
      assistanceGaps {
        kind
      }
    }
  }
`);

/** The phone page: what is due, with what the visit form needs, loaded once while online. */
export const VisitsDueQuery = graphql(`
  query AssistanceVisitsDue {
    visitsDue {
      householdId
      lastVisitOn
      dueOn
      overdue
      household {
        id
        householdNumber
        address
        head {
          name
        }
        division {
          name
        }
        measures {
          id
          kindName
          status
        }
      }
    }
  }
`);

export const RecordVisitMutation = graphql(`
  mutation AssistanceRecordVisit($input: VisitInput!) {
    recordVisit(input: $input) {
      id
      clientKey
      visitedOn
    }
  }
`);
