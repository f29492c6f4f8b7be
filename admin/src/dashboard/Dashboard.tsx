import { lazy, Suspense } from 'react';
import { Title, useCanAccess, useGetIdentity, useTranslate } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, Divider, Stack, Typography } from '@mui/material';
import type { ConsoleIdentity } from '../authProvider';
import { LEVEL_LABELS } from '../labels';
import { isPartnerSession, PartnerHome } from '../partner';
import { useAccount } from '../layout/AccountContext';
import { useRoleLabels } from '../useRoleLabels';
import { CaseStateCounts, DashboardCards, MyPendingSteps } from './DashboardCards';

// Charts (ECharts) load only after sign-in, in their own chunk.
const StatisticsPanel = lazy(() => import('./StatisticsPanel'));

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1} sx={{ alignItems: { sm: 'center' }, py: 1 }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 96 }}>
      {label}
    </Typography>
    <Box>{children}</Box>
  </Stack>
);

/** A welcome card: who is signed in, their division and roles. */
export const Dashboard = () => {
  const translate = useTranslate();
  const { identity, isPending } = useGetIdentity();
  const roleLabels = useRoleLabels();
  const { openChangePassword } = useAccount();
  const { canAccess: canStatistics } = useCanAccess({ resource: 'statistics', action: 'list' });
  const user = identity as ConsoleIdentity | undefined;
  if (isPending || !user) return null;
  // Partners (insurer, dashboard) send only the contract's operations: their home is their work.
  if (isPartnerSession(user.roles)) return <PartnerHome roles={user.roles} />;
  return (
    <Box sx={{ mt: 2, maxWidth: canStatistics ? 1400 : 960 }}>
      <Title title={translate('app.menu.dashboard')} />
      <DashboardCards />
      <MyPendingSteps />
      <CaseStateCounts />
      {canStatistics && (
        <Suspense fallback={null}>
          <StatisticsPanel />
        </Suspense>
      )}
      <Card data-testid="welcome-card" sx={{ maxWidth: 720 }}>
        <CardContent>
          <Typography variant="h5" component="h2" gutterBottom>
            {translate('app.dashboard.welcome', { name: user.displayName })}
          </Typography>
          <Typography variant="body1" color="text.secondary" gutterBottom>
            {translate('app.dashboard.intro')}
          </Typography>
          {user.mustChangePassword && (
            <Alert
              severity="warning"
              sx={{ my: 2 }}
              action={
                <Button color="inherit" size="small" onClick={openChangePassword}>
                  {translate('app.dashboard.change_password_now')}
                </Button>
              }
            >
              {translate('app.dashboard.must_change_password')}
            </Alert>
          )}
          <Divider sx={{ my: 1 }} />
          <Row label={translate('app.dashboard.signed_in_as')}>
            <Typography variant="body1">
              {user.displayName}（{user.username}）
            </Typography>
          </Row>
          <Row label={translate('app.dashboard.division')}>
            <Typography variant="body1">
              {user.division
                ? `${user.division.name}（${LEVEL_LABELS[user.division.level]}，${user.division.code}）`
                : '—'}
            </Typography>
          </Row>
          <Row label={translate('app.dashboard.roles')}>
            {user.roles.length ? (
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                {user.roles.map((role) => (
                  <Chip key={role} label={roleLabels[role] ?? role} size="small" color="primary" variant="outlined" />
                ))}
              </Stack>
            ) : (
              <Typography variant="body1">{translate('app.dashboard.no_roles')}</Typography>
            )}
          </Row>
        </CardContent>
      </Card>
    </Box>
  );
};

export default Dashboard;
