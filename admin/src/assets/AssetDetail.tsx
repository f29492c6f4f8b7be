import { useCallback, useEffect, useState } from 'react';
import { useCanAccess, useNotify } from 'react-admin';
import {
  Alert,
  Box,
  Button,
  Chip,
  Dialog,
  DialogContent,
  DialogTitle,
  Divider,
  IconButton,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import type { AssetStatus, ConsoleAssetQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { currentYear, errorMessage, formatDateTime, formatMoney } from '../format';
import {
  AssetQuery,
  ChangeAssetStatusMutation,
  DecideDisposalMutation,
  RecordAssetIncomeMutation,
  RequestDisposalMutation,
  RevalueAssetMutation,
} from './documents';
import {
  ASSET_CLASS_LABELS,
  ASSET_EVENT_KIND_LABELS,
  ASSET_STATUS_LABELS,
  ASSET_TYPE_LABELS,
  FUNDING_SOURCE_LABELS,
  PRIORITY_REASON_LABELS,
} from './labels';
import { PromptDialog, type PromptField } from './PromptDialog';

type Asset = NonNullable<ConsoleAssetQuery['asset']>;
type Action = {
  title: string;
  fields: PromptField[];
  run: (v: Record<string, string>, asset: Asset) => Promise<unknown>;
};

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Stack direction="row" spacing={1} sx={{ py: 0.25 }}>
    <Typography variant="body2" color="text.secondary" sx={{ minWidth: 120 }}>
      {label}
    </Typography>
    <Typography variant="body2" component="div">
      {children}
    </Typography>
  </Stack>
);

const { DISPOSED: _disposed, ...CHANGEABLE_STATUS } = ASSET_STATUS_LABELS;

/** One asset: its registration, funding, history of value and status, yearly income, shares and actions. */
export const AssetDetail = ({ id, onClose, onChanged }: { id: string; onClose: () => void; onChanged: () => void }) => {
  const notify = useNotify();
  const { canAccess: canEdit } = useCanAccess({ resource: 'assets', action: 'edit' });
  const { canAccess: canDispose } = useCanAccess({ resource: 'assets', action: 'dispose' });
  const [asset, setAsset] = useState<Asset | null>(null);
  const [action, setAction] = useState<Action | null>(null);
  const load = useCallback(
    () =>
      graphqlRequest(AssetQuery, { id })
        .then((r) => setAsset(r.asset))
        .catch((e) => notify(errorMessage(e), { type: 'error' })),
    [id, notify],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const actions: Record<string, Action> = {
    revalue: {
      title: '变更账面价值',
      fields: [
        { name: 'bookValue', label: '新的账面价值（元）', required: true },
        { name: 'note', label: '变更原因（评估、折旧、追加投资等）', required: true, multiline: true },
      ],
      run: (v, a) =>
        graphqlRequest(RevalueAssetMutation, {
          id: a.id,
          version: a.version,
          bookValue: v.bookValue.trim(),
          note: v.note,
        }),
    },
    status: {
      title: '变更资产状态',
      fields: [
        { name: 'status', label: '新状态', required: true, choices: CHANGEABLE_STATUS },
        { name: 'note', label: '原因', required: true, multiline: true },
      ],
      run: (v, a) =>
        graphqlRequest(ChangeAssetStatusMutation, {
          id: a.id,
          version: a.version,
          status: v.status as AssetStatus,
          note: v.note,
        }),
    },
    dispose: {
      title: '申请处置（须县级审批）',
      fields: [{ name: 'reason', label: '处置理由', required: true, multiline: true }],
      run: (v, a) => graphqlRequest(RequestDisposalMutation, { id: a.id, version: a.version, reason: v.reason }),
    },
    approve: {
      title: '批准处置',
      fields: [{ name: 'note', label: '审批意见', multiline: true }],
      run: (v, a) =>
        graphqlRequest(DecideDisposalMutation, { id: a.id, version: a.version, approve: true, note: v.note || null }),
    },
    reject: {
      title: '不予处置',
      fields: [{ name: 'note', label: '理由', required: true, multiline: true }],
      run: (v, a) =>
        graphqlRequest(DecideDisposalMutation, { id: a.id, version: a.version, approve: false, note: v.note }),
    },
    income: {
      title: '登记年度收益（计入所在村当年集体收益）',
      fields: [
        { name: 'year', label: '年度', required: true, initial: String(currentYear()) },
        { name: 'amount', label: '收益（元）', required: true },
      ],
      run: (v, a) =>
        graphqlRequest(RecordAssetIncomeMutation, { assetId: a.id, year: Number(v.year), amount: v.amount.trim() }),
    },
  };

  const disposed = asset?.status === 'DISPOSED';
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="lg" data-testid="asset-detail">
      <DialogTitle sx={{ display: 'flex', alignItems: 'center' }}>
        <Box sx={{ flex: 1 }}>{asset?.name ?? '扶贫资产'}</Box>
        <IconButton onClick={onClose} aria-label="关闭">
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent>
        {!asset ? null : (
          <Stack spacing={2}>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
              <Box sx={{ flex: 1 }}>
                <Row label="类别 / 类型">
                  {ASSET_CLASS_LABELS[asset.assetClass]} · {ASSET_TYPE_LABELS[asset.type]}
                </Row>
                <Row label="所在区划">{asset.division?.name ?? asset.divisionCode}</Row>
                <Row label="账面价值">{formatMoney(asset.bookValue)}</Row>
                <Row label="状态">
                  <Chip
                    size="small"
                    label={ASSET_STATUS_LABELS[asset.status]}
                    color={
                      asset.status === 'OPERATING' ? 'success' : asset.status === 'DISPOSED' ? 'default' : 'warning'
                    }
                  />
                </Row>
                <Row label="验收日期">{asset.acceptedOn ?? '—'}</Row>
                <Row label="来源项目">{asset.project?.name ?? '—'}</Row>
              </Box>
              <Box sx={{ flex: 1 }}>
                <Row label="产权归属">{asset.owner}</Row>
                <Row label="使用主体">{asset.usedBy}</Row>
                <Row label="管护主体">{asset.manager}</Row>
                <Row label="监管责任人">{asset.supervisor}</Row>
                <Row label="资金来源">
                  {asset.fundingSources.map((f) => (
                    <div key={f.source}>
                      {FUNDING_SOURCE_LABELS[f.source]}：{formatMoney(f.amount)}
                    </div>
                  ))}
                </Row>
              </Box>
            </Stack>
            {asset.disposalPending && (
              <Alert severity="warning" data-testid="disposal-pending">
                处置申请待县级审批：{asset.disposalReason}
              </Alert>
            )}
            <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
              {canEdit && !disposed && (
                <Button variant="outlined" onClick={() => setAction(actions.revalue)}>
                  变更价值
                </Button>
              )}
              {canEdit && !disposed && (
                <Button variant="outlined" onClick={() => setAction(actions.status)}>
                  变更状态
                </Button>
              )}
              {canEdit && !disposed && !asset.disposalPending && (
                <Button variant="outlined" color="warning" onClick={() => setAction(actions.dispose)}>
                  申请处置
                </Button>
              )}
              {canDispose && asset.disposalPending && (
                <Button variant="contained" color="warning" onClick={() => setAction(actions.approve)}>
                  批准处置
                </Button>
              )}
              {canDispose && asset.disposalPending && (
                <Button variant="outlined" onClick={() => setAction(actions.reject)}>
                  不予处置
                </Button>
              )}
              {canEdit && !disposed && (
                <Button variant="outlined" onClick={() => setAction(actions.income)}>
                  登记年度收益
                </Button>
              )}
            </Stack>
            <Divider />
            <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
              台账变动记录
            </Typography>
            <Table size="small" data-testid="asset-history">
              <TableHead>
                <TableRow>
                  <TableCell>时间</TableCell>
                  <TableCell>变动</TableCell>
                  <TableCell>变更前</TableCell>
                  <TableCell>变更后</TableCell>
                  <TableCell>说明</TableCell>
                  <TableCell>经办</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {asset.history.map((h) => (
                  <TableRow key={h.id}>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(h.at)}</TableCell>
                    <TableCell>{ASSET_EVENT_KIND_LABELS[h.kind]}</TableCell>
                    <TableCell>
                      {h.fromStatus ? ASSET_STATUS_LABELS[h.fromStatus] : h.fromValue ? formatMoney(h.fromValue) : '—'}
                    </TableCell>
                    <TableCell>
                      {h.toStatus && h.kind !== 'REGISTERED'
                        ? ASSET_STATUS_LABELS[h.toStatus]
                        : h.toValue
                          ? formatMoney(h.toValue)
                          : '—'}
                    </TableCell>
                    <TableCell>{h.note ?? '—'}</TableCell>
                    <TableCell>{h.actorName}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Stack direction={{ xs: 'column', md: 'row' }} spacing={4}>
              <Box sx={{ flex: 1 }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                  年度收益
                </Typography>
                {asset.incomes.length === 0 ? (
                  <Typography variant="body2" color="text.secondary">
                    暂无
                  </Typography>
                ) : (
                  asset.incomes.map((i) => (
                    <Row key={i.year} label={`${i.year} 年`}>
                      {formatMoney(i.amount)}
                    </Row>
                  ))
                )}
              </Box>
              <Box sx={{ flex: 2 }}>
                <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
                  折股量化到户（{asset.shares.length} 户）
                </Typography>
                {asset.shareCheck.flagged && (
                  <Alert severity="warning" sx={{ my: 1 }} data-testid="share-flag">
                    未覆盖优先户：
                    {asset.shareCheck.leftOut
                      .map(
                        (p) =>
                          `${p.householdNumber} ${p.headName}${p.reasons.length ? `（${p.reasons.map((r) => PRIORITY_REASON_LABELS[r]).join('、')}）` : ''}`,
                      )
                      .join('；')}
                    {asset.shareJustification && <div>书面说明：{asset.shareJustification}</div>}
                  </Alert>
                )}
                <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
                  {asset.shares.map((s) => (
                    <Chip
                      key={s.householdId}
                      size="small"
                      variant="outlined"
                      label={`${s.household?.head?.name ?? s.household?.householdNumber ?? ''} ${s.shares} 股`}
                    />
                  ))}
                </Stack>
              </Box>
            </Stack>
          </Stack>
        )}
        {action && asset && (
          <PromptDialog
            title={action.title}
            fields={action.fields}
            onClose={() => setAction(null)}
            onSubmit={async (values) => {
              try {
                await action.run(values, asset);
                notify('已保存', { type: 'success' });
                setAction(null);
                await load();
                onChanged();
              } catch (error) {
                notify(errorMessage(error), { type: 'error' });
              }
            }}
          />
        )}
      </DialogContent>
    </Dialog>
  );
};
