import { useEffect, useState } from 'react';
import { RecordContextProvider, useRecordContext, useTranslate } from 'react-admin';
import {
  Alert,
  Box,
  LinearProgress,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { graphql } from '../gql';
import type { HouseholdRecord } from '../dataProvider';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { formatDateTime } from '../format';
import { ActionField, ActorField, ChangesField } from '../auditEntries/AuditEntryList';
import { AUDIT_ENTITY_LABELS } from '../labels';

const HouseholdHistoryQuery = graphql(`
  query HouseholdHistory($id: String!) {
    household(id: $id) {
      id
      history {
        id
        at
        action
        actorKind
        actorName
        actor {
          displayName
          divisionName
        }
        entityName
        entityId
        changes
        references {
          id
          label
        }
      }
    }
  }
`);

type HistoryEntry = NonNullable<Awaited<ReturnType<typeof loadHistory>>>[number];

const loadHistory = async (id: string) => (await graphqlRequest(HouseholdHistoryQuery, { id })).household.history;

const ENTITY_LABELS: Record<string, string> = { Household: '农户', Member: '家庭成员', HouseholdIncome: '年度收支' };

/**
 * 变更记录: every logged change to the household, its members and its income years, newest first.
 * Anyone who can read the household sees it; personal values come back masked from the server
 * for readers without pii.read.
 */
export const HistoryTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const householdId = household?.id;
  const version = household?.version;
  useEffect(() => {
    if (householdId === undefined) return;
    // `version` re-reads the log after an edit of the household on this page.
    void version;
    loadHistory(String(householdId)).then(setEntries, (e: Error) => setError(e.message));
  }, [householdId, version]);
  if (!household) return null;
  // References in the log (member ids: 户主, 成员) read as the person's name.
  const names: Record<string, string> = Object.fromEntries(
    (household.members ?? []).map((member) => [member.id, member.name]),
  );
  names[String(household.id)] = household.householdNumber;
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!entries) return <LinearProgress />;
  if (entries.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ p: 2 }}>
        {translate('app.households.no_history')}
      </Typography>
    );
  }
  return (
    <Box sx={{ width: '100%', overflowX: 'auto' }}>
      <Table size="small" data-testid="household-history">
        <TableHead>
          <TableRow>
            <TableCell>时间</TableCell>
            <TableCell>对象</TableCell>
            <TableCell>动作</TableCell>
            <TableCell>操作人</TableCell>
            <TableCell>变更内容</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {entries.map((entry) => (
            <RecordContextProvider key={entry.id} value={entry}>
              <TableRow>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(entry.at)}</TableCell>
                <TableCell>
                  {ENTITY_LABELS[entry.entityName] ?? AUDIT_ENTITY_LABELS[entry.entityName] ?? entry.entityName}
                </TableCell>
                <TableCell>
                  <ActionField />
                </TableCell>
                <TableCell>
                  <ActorField />
                </TableCell>
                <TableCell>
                  <ChangesField names={names} />
                </TableCell>
              </TableRow>
            </RecordContextProvider>
          ))}
        </TableBody>
      </Table>
    </Box>
  );
};
