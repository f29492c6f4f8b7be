import { useCallback, useEffect, useState } from 'react';
import { useCanAccess, useGetIdentity, useNotify } from 'react-admin';
import { Box, Button, Card, CardContent, Chip, FormControlLabel, Stack, Switch, Typography } from '@mui/material';
import type { ConsoleAssetProjectsQuery, ProjectAction } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage, formatDateTime, formatMoney, todayInChina } from '../format';
import { ActOnProjectMutation, ProjectListQuery } from './documents';
import { ASSET_TYPE_LABELS, FUNDING_SOURCE_LABELS, PROJECT_ACTION_LABELS, PROJECT_STATE_LABELS } from './labels';
import { PromptDialog } from './PromptDialog';
import { ApplyProjectDialog } from './ApplyProjectDialog';
import type { ConsoleIdentity } from '../authProvider';

type Project = ConsoleAssetProjectsQuery['assetProjects']['items'][number];

/** 专项资金项目: 乡镇申报 → 县级审批 → 乡镇/村实施 → 乡镇初检 → 县级验收 → 乡镇报账; buttons are the steps the user may take now. */
export const ProjectsPanel = () => {
  const notify = useNotify();
  const [mine, setMine] = useState(false);
  const [projects, setProjects] = useState<Project[]>([]);
  const [acting, setActing] = useState<{ project: Project; action: ProjectAction } | null>(null);
  const [applying, setApplying] = useState(false);
  const { canAccess: canApply } = useCanAccess({ resource: 'assets', action: 'apply' });
  const { identity } = useGetIdentity();
  const division = (identity as ConsoleIdentity | undefined)?.division;
  const load = useCallback(() => {
    graphqlRequest(ProjectListQuery, { pendingForMe: mine || null, limit: 50 })
      .then((r) => setProjects(r.assetProjects.items))
      .catch((e) => notify(errorMessage(e), { type: 'error' }));
  }, [mine, notify]);
  useEffect(() => {
    load();
  }, [load]);
  const today = todayInChina();
  return (
    <Stack spacing={2}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <FormControlLabel
          control={<Switch checked={mine} onChange={(e) => setMine(e.target.checked)} />}
          label="只看我的待办"
        />
        {canApply && division?.level === 'TOWNSHIP' && (
          <Button variant="contained" onClick={() => setApplying(true)} data-testid="apply-project">
            申报项目
          </Button>
        )}
      </Stack>
      {applying && division && (
        <ApplyProjectDialog
          township={division.code}
          onClose={() => setApplying(false)}
          onApplied={() => {
            setApplying(false);
            load();
          }}
        />
      )}
      {projects.length === 0 && <Typography color="text.secondary">暂无项目</Typography>}
      {projects.map((p) => (
        <Card key={p.id} variant="outlined" data-testid="project-card">
          <CardContent>
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1 }}>
              <Typography variant="subtitle1" sx={{ fontWeight: 600, flex: 1 }}>
                {p.name}
              </Typography>
              <Chip
                size="small"
                color={p.state === 'EXPENSED' ? 'success' : p.state === 'REJECTED' ? 'default' : 'primary'}
                label={PROJECT_STATE_LABELS[p.state]}
              />
            </Stack>
            <Typography variant="body2" color="text.secondary">
              {p.division?.name ?? p.divisionCode} · 申报 {p.appliedOn} · 扶持对象 {p.beneficiaries.length} 户，公示至{' '}
              {p.noticeEndsOn}
              {p.state === 'APPLIED' && today < p.noticeEndsOn ? '（公示中）' : ''}
            </Typography>
            <Typography variant="body2">
              资金：
              {p.fundingSources.map((f) => `${FUNDING_SOURCE_LABELS[f.source]} ${formatMoney(f.amount)}`).join('；')}
            </Typography>
            <Typography variant="body2">
              计划形成资产：
              {p.plannedAssets
                .map((a) => `${a.name}（${ASSET_TYPE_LABELS[a.type]}，${formatMoney(a.bookValue)}）`)
                .join('；')}
            </Typography>
            {p.assets.length > 0 && (
              <Typography variant="body2">已入账：{p.assets.map((a) => a.name).join('、')}</Typography>
            )}
            <Box sx={{ mt: 1 }}>
              {p.events.map((e, i) => (
                <Typography key={i} variant="caption" component="div" color="text.secondary">
                  {formatDateTime(e.at)} {e.action ? PROJECT_ACTION_LABELS[e.action] : '乡镇申报'} →{' '}
                  {PROJECT_STATE_LABELS[e.toState]}（{e.actorName}）{e.note ? `：${e.note}` : ''}
                </Typography>
              ))}
            </Box>
            <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
              {p.availableActions.map((action) => (
                <Button
                  key={action}
                  size="small"
                  variant={action === 'REJECT' ? 'outlined' : 'contained'}
                  onClick={() => setActing({ project: p, action })}
                  data-testid={`project-action-${action}`}
                >
                  {PROJECT_ACTION_LABELS[action]}
                </Button>
              ))}
            </Stack>
          </CardContent>
        </Card>
      ))}
      {acting && (
        <PromptDialog
          title={PROJECT_ACTION_LABELS[acting.action]}
          fields={[
            {
              name: 'note',
              label: acting.action === 'REJECT' ? '退回理由' : '说明（可不填）',
              required: acting.action === 'REJECT',
              multiline: true,
            },
          ]}
          onClose={() => setActing(null)}
          onSubmit={async (v) => {
            try {
              await graphqlRequest(ActOnProjectMutation, {
                projectId: acting.project.id,
                action: acting.action,
                version: acting.project.version,
                note: v.note || null,
              });
              notify('已办理', { type: 'success' });
              setActing(null);
              load();
            } catch (error) {
              notify(errorMessage(error), { type: 'error' });
            }
          }}
        />
      )}
    </Stack>
  );
};
