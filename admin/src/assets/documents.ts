import { graphql } from '../gql';

/** The ledger console's own operations (typed by codegen from schema/schema.graphql). */
export const AssetListQuery = graphql(`
  query ConsoleAssets(
    $divisionCode: String
    $assetClass: AssetClass
    $type: AssetType
    $status: AssetStatus
    $search: String
    $offset: Int
    $limit: Int
  ) {
    assets(
      divisionCode: $divisionCode
      assetClass: $assetClass
      type: $type
      status: $status
      search: $search
      offset: $offset
      limit: $limit
    ) {
      total
      items {
        id
        name
        assetClass
        type
        status
        bookValue
        acceptedOn
        disposalPending
        divisionCode
        division {
          name
        }
      }
    }
  }
`);

export const AssetQuery = graphql(`
  query ConsoleAsset($id: String!) {
    asset(id: $id) {
      id
      version
      name
      assetClass
      type
      status
      bookValue
      acceptedOn
      divisionCode
      owner
      usedBy
      manager
      supervisor
      disposalPending
      disposalReason
      shareJustification
      division {
        name
      }
      project {
        id
        name
      }
      fundingSources {
        source
        amount
      }
      history {
        id
        kind
        fromStatus
        toStatus
        fromValue
        toValue
        note
        actorName
        at
      }
      incomes {
        year
        amount
      }
      shares {
        householdId
        shares
        household {
          householdNumber
          head {
            name
          }
        }
      }
      shareCheck {
        flagged
        leftOut {
          householdId
          householdNumber
          headName
          reasons
        }
        priorityHouseholds {
          householdId
        }
      }
    }
  }
`);

export const RevalueAssetMutation = graphql(`
  mutation ConsoleRevalueAsset($id: String!, $version: Int!, $bookValue: Money!, $note: String!) {
    revalueAsset(id: $id, version: $version, bookValue: $bookValue, note: $note) {
      id
      version
    }
  }
`);

export const ChangeAssetStatusMutation = graphql(`
  mutation ConsoleChangeAssetStatus($id: String!, $version: Int!, $status: AssetStatus!, $note: String!) {
    changeAssetStatus(id: $id, version: $version, status: $status, note: $note) {
      id
      version
    }
  }
`);

export const RequestDisposalMutation = graphql(`
  mutation ConsoleRequestDisposal($id: String!, $version: Int!, $reason: String!) {
    requestAssetDisposal(id: $id, version: $version, reason: $reason) {
      id
      version
    }
  }
`);

export const DecideDisposalMutation = graphql(`
  mutation ConsoleDecideDisposal($id: String!, $version: Int!, $approve: Boolean!, $note: String) {
    decideAssetDisposal(id: $id, version: $version, approve: $approve, note: $note) {
      id
      version
    }
  }
`);

export const RecordAssetIncomeMutation = graphql(`
  mutation ConsoleRecordAssetIncome($assetId: String!, $year: Int!, $amount: Money!) {
    recordAssetIncome(assetId: $assetId, year: $year, amount: $amount) {
      id
    }
  }
`);

export const ProjectListQuery = graphql(`
  query ConsoleAssetProjects($pendingForMe: Boolean, $offset: Int, $limit: Int) {
    assetProjects(pendingForMe: $pendingForMe, offset: $offset, limit: $limit) {
      total
      items {
        id
        version
        name
        state
        appliedOn
        noticeEndsOn
        divisionCode
        availableActions
        division {
          name
        }
        fundingSources {
          source
          amount
        }
        plannedAssets {
          name
          type
          bookValue
        }
        beneficiaries {
          id
          householdNumber
        }
        events {
          action
          toState
          actorName
          note
          at
        }
        assets {
          id
          name
        }
      }
    }
  }
`);

export const ActOnProjectMutation = graphql(`
  mutation ConsoleActOnProject($projectId: String!, $action: ProjectAction!, $version: Int!, $note: String) {
    actOnAssetProject(projectId: $projectId, action: $action, version: $version, note: $note) {
      id
      version
      state
    }
  }
`);

export const VillageHouseholdsQuery = graphql(`
  query ConsoleVillageHouseholds($divisionCode: String!) {
    households(filter: { divisionCode: $divisionCode }, limit: 200) {
      items {
        id
        householdNumber
        head {
          name
        }
      }
    }
    priorityHouseholds(divisionCode: $divisionCode) {
      householdId
    }
  }
`);

export const ApplyProjectMutation = graphql(`
  mutation ConsoleApplyProject($input: ApplyProjectInput!) {
    applyAssetProject(input: $input) {
      id
      state
      noticeEndsOn
    }
  }
`);
