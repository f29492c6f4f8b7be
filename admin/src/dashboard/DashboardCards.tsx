import { Link, useCanAccess, useGetList, useTranslate } from 'react-admin';
import { Box, Card, CardActionArea, CardContent, CircularProgress, Typography } from '@mui/material';
import AssignmentIndIcon from '@mui/icons-material/AssignmentInd';
import AlarmIcon from '@mui/icons-material/Alarm';
import VisibilityIcon from '@mui/icons-material/Visibility';
import HomeWorkIcon from '@mui/icons-material/HomeWork';
import NotificationImportantIcon from '@mui/icons-material/NotificationImportant';
import type { ReactNode } from 'react';
import type { CaseState } from '../gql/graphql';
import { useIsCaseActor } from '../monitoringCases/CaseList';

/** States in which a household is a 监测对象 (identified and not yet out). */
const MONITORED_STATES: CaseState[] = ['MONITORED', 'EXIT_VILLAGE_REVIEW', 'EXIT_TOWNSHIP_REVIEW', 'EXIT_COUNTY_REVIEW'];

const listPath = (resource: string, filter: Record<string, unknown>) =>
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
    <Card data-testid={testId} sx={{ minWidth: 200, flex: '1 1 200px' }}>
      <CardActionArea component={Link} to={listPath(resource, filter)} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Box sx={{ color, display: 'flex', '& svg': { fontSize: 40 } }}>{icon}</Box>
          <Box>
            <Typography variant="body2" color="text.secondary">
              {translate(label)}
            </Typography>
            <Typography variant="h4" component="div" data-testid={`${testId}-value`} sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {isPending ? <CircularProgress size={24} /> : error ? '—' : (total ?? 0).toLocaleString('zh-CN')}
            </Typography>
          </Box>
        </CardContent>
      </CardActionArea>
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
        <CountCard label="app.dashboard_cards.pending" resource="monitoringCases" filter={{ view: 'pending' }} icon={<AssignmentIndIcon />} testId="card-pending" />
      )}
      {canCases && (
        <CountCard label="app.dashboard_cards.overdue" resource="monitoringCases" filter={{ view: 'overdue' }} icon={<AlarmIcon />} testId="card-overdue" color="error.main" />
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
        <CountCard label="app.dashboard_cards.households" resource="households" filter={{}} icon={<HomeWorkIcon />} testId="card-households" color="success.main" />
      )}
    </Box>
  );
};
