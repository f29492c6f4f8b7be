import { DateField, Link, useCanAccess, useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import {
  Box,
  Card,
  CardActionArea,
  CardContent,
  CardHeader,
  Chip,
  CircularProgress,
  List as MuiList,
  ListItemButton,
  ListItemText,
  Typography,
} from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import AlarmIcon from '@mui/icons-material/Alarm';
import VisibilityIcon from '@mui/icons-material/Visibility';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { ReactNode } from 'react';
import type { CaseState } from '../gql/graphql';
import type { ConsoleDataProvider } from '../dataProvider';
import { useIsCaseActor } from '../monitoringCases/CaseList';
import { CASE_STATE_LABELS } from '../labels';

/** States in which a household is a 监测对象 (identified and not yet out). */
const MONITORED_STATES: CaseState[] = [
  'MONITORED',
  'EXIT_VILLAGE_REVIEW',
  'EXIT_TOWNSHIP_REVIEW',
  'EXIT_COUNTY_REVIEW',
];

/** The procedure's states in order, as the home page counts them (closed ones last). */
const PROCEDURE_STATES: CaseState[] = [
  'LEAD',
  'SURVEY',
  'VILLAGE_REVIEW',
  'TOWNSHIP_REVIEW',
  'COUNTY_REVIEW',
  'MONITORED',
  'EXIT_VILLAGE_REVIEW',
  'EXIT_TOWNSHIP_REVIEW',
  'EXIT_COUNTY_REVIEW',
  'RISK_ELIMINATED',
  'DISMISSED',
];

export const listPath = (resource: string, filter: Record<string, unknown>) =>
  `/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}`;

const CountCard = ({
  label,
  resource,
  filter,
  icon,
  testId,
  color = 'primary.main',
}: {
  label: string;
  resource: string;
  filter: Record<string, unknown>;
  icon: ReactNode;
  testId: string;
  color?: string;
}) => {
  const translate = useTranslate();
  const { total, isPending, error } = useGetList(resource, { filter, pagination: { page: 1, perPage: 1 } });
  return (
    <Card data-testid={testId} sx={{ minWidth: { xs: 150, sm: 200 }, flex: { xs: '1 1 150px', sm: '1 1 200px' } }}>
      <CardActionArea component={Link} to={listPath(resource, filter)} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: { xs: 1, sm: 2 } }}>
          <Box sx={{ color, display: 'flex', '& svg': { fontSize: { xs: 28, sm: 40 } } }}>{icon}</Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {translate(label)}
            </Typography>
            <Typography
              variant="h4"
              component="div"
              data-testid={`${testId}-value`}
              sx={{ fontVariantNumeric: 'tabular-nums' }}
            >
              {isPending ? <CircularProgress size={24} /> : error ? '—' : (total ?? 0).toLocaleString('zh-CN')}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/**
 * Every state's count for a view, in one request: the API counts with the list's own filter, so
 * each figure is the total of exactly the list it links to. Cached by react-admin's query client
 * (its refresh reloads it with the lists).
 */
const useCaseStateCounts = (view: 'all' | 'pending', enabled = true) => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ['monitoringCases', 'countsByState', view],
    queryFn: () => dataProvider.monitoringCaseCounts({ view }),
    enabled,
  });
  const counts = new Map(data?.map((c) => [c.state, c.cases]));
  return { isPending, count: (state: CaseState) => counts.get(state) };
};

/** One clickable count per procedure state, linking to the list it counts. */
const StateCount = ({
  state,
  view,
  total,
  isPending,
}: {
  state: CaseState;
  view: 'all' | 'pending';
  total: number | undefined;
  isPending: boolean;
}) => {
  const filter = { view, states: [state] };
  if (view === 'pending' && !isPending && !total) return null;
  return (
    <Chip
      component={Link}
      to={listPath('monitoringCases', filter)}
      clickable
      data-testid={`${view}-state-${state}`}
      color={view === 'pending' ? 'primary' : total ? 'default' : undefined}
      variant={view === 'pending' ? 'filled' : 'outlined'}
      label={
        <span>
          {CASE_STATE_LABELS[state]}{' '}
          <b data-testid={`${view}-state-${state}-value`}>{isPending ? '…' : (total ?? 0).toLocaleString('zh-CN')}</b>
        </span>
      }
    />
  );
};

/** 案卷状况: every state's count, new leads first. */
export const CaseStateCounts = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'monitoringCases', action: 'list' });
  const { count, isPending } = useCaseStateCounts('all', Boolean(canAccess));
  if (!canAccess) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="case-state-counts">
      <CardHeader
        title={translate('app.dashboard_cards.by_state')}
        titleTypographyProps={{ variant: 'h6' }}
        sx={{ pb: 0 }}
      />
      <CardContent sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
        {PROCEDURE_STATES.map((state) => (
          <StateCount key={state} state={state} view="all" total={count(state)} isPending={isPending} />
        ))}
      </CardContent>
    </Card>
  );
};

interface PendingCase {
  id: string;
  state: CaseState;
  stateChangedAt: string;
  household?: { householdNumber: string; head?: { name: string } | null; division?: { name: string } | null } | null;
}

/** 我的待办: the steps waiting for this person, by state, and the longest-waiting cases to open. */
export const MyPendingSteps = () => {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'monitoringCases', action: 'list' });
  const isActor = useIsCaseActor();
  const { data, total, isPending } = useGetList<PendingCase>(
    'monitoringCases',
    {
      filter: { view: 'pending' },
      pagination: { page: 1, perPage: 6 },
      sort: { field: 'stateChangedAt', order: 'ASC' },
    },
    { enabled: canAccess && isActor },
  );
  const counts = useCaseStateCounts('pending', Boolean(canAccess && isActor));
  if (!canAccess || !isActor) return null;
  return (
    <Card sx={{ mb: 2 }} data-testid="my-pending-steps">
      <CardHeader
        title={translate('app.dashboard_cards.my_steps')}
        titleTypographyProps={{ variant: 'h6' }}
        subheader={isPending ? undefined : translate('app.dashboard_cards.my_steps_total', { count: total ?? 0 })}
        sx={{ pb: 0 }}
      />
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, mb: 1 }}>
          {PROCEDURE_STATES.map((state) => (
            <StateCount
              key={state}
              state={state}
              view="pending"
              total={counts.count(state)}
              isPending={counts.isPending}
            />
          ))}
        </Box>
        {!isPending && !data?.length && (
          <Typography color="text.secondary" data-testid="my-steps-empty">
            {translate('app.dashboard_cards.nothing_pending')}
          </Typography>
        )}
        <MuiList dense disablePadding>
          {data?.map((item) => (
            <ListItemButton
              key={item.id}
              component={Link}
              to={`/monitoringCases/${item.id}/show`}
              data-testid="my-step"
            >
              <ListItemText
                primary={`${item.household?.head?.name ?? '—'}（${item.household?.division?.name ?? ''} ${item.household?.householdNumber ?? ''}）`}
                secondary={
                  <span>
                    {CASE_STATE_LABELS[item.state]} · {translate('app.dashboard_cards.since')}{' '}
                    <DateField record={item} source="stateChangedAt" locales="zh-CN" />
                  </span>
                }
              />
            </ListItemButton>
          ))}
        </MuiList>
      </CardContent>
    </Card>
  );
};

/** Small figures from the API, each shown only with the permission to read it. */
export const DashboardCards = () => {
  const { canAccess: canCases } = useCanAccess({ resource: 'monitoringCases', action: 'list' });
  const { canAccess: canHouseholds } = useCanAccess({ resource: 'households', action: 'list' });
  const { canAccess: canWarnings } = useCanAccess({ resource: 'departmentWarnings', action: 'list' });
  const isActor = useIsCaseActor();
  if (!canCases && !canHouseholds && !canWarnings) return null;
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mb: 2 }} data-testid="dashboard-cards">
      {canCases && isActor && (
        <CountCard
          label="app.dashboard_cards.pending"
          resource="monitoringCases"
          filter={{ view: 'pending' }}
          icon={<AssignmentIndIcon />}
          testId="card-pending"
        />
      )}
      {canCases && (
        <CountCard
          label="app.dashboard_cards.overdue"
          resource="monitoringCases"
          filter={{ view: 'overdue' }}
          icon={<AlarmIcon />}
          testId="card-overdue"
          color="error.main"
        />
      )}
      {canCases && (
        <CountCard
          label="app.dashboard_cards.monitored"
          resource="monitoringCases"
          filter={{ view: 'all', states: MONITORED_STATES }}
          icon={<VisibilityIcon />}
          testId="card-monitored"
          color="warning.main"
        />
      )}
      {canWarnings && (
        <CountCard
          label="app.dashboard_cards.warnings"
          resource="departmentWarnings"
          filter={{ status: 'PENDING' }}
          icon={<NotificationImportantIcon />}
          testId="card-warnings"
          color="error.main"
        />
      )}
      {canHouseholds && (
        <CountCard
          label="app.dashboard_cards.households"
          resource="households"
          filter={{}}
          icon={<HomeWorkIcon />}
          testId="card-households"
          color="success.main"
        />
      )}
    </Box>
  );
};
