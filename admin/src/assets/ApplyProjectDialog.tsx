import { useEffect, useState } from 'react';
import { useNotify } from 'react-admin';
import {
  Autocomplete,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import type { AssetClass, AssetType, ConsoleVillageHouseholdsQuery, FundingSource } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider/graphqlRequest';
import { errorMessage } from '../format';
import { ApplyProjectMutation, VillageHouseholdsQuery } from './documents';
import { ASSET_CLASS_LABELS, ASSET_TYPE_LABELS, FUNDING_SOURCE_LABELS } from './labels';

type Household = ConsoleVillageHouseholdsQuery['households']['items'][number];

const FIELDS = [
  ['owner', '产权归属'],
  ['usedBy', '使用主体'],
  ['manager', '管护主体'],
  ['supervisor', '监管责任人'],
] as const;

/** 乡镇申报: one village, its funding, the asset it will form, and the beneficiaries published at once (公告公示). */
export const ApplyProjectDialog = ({
  township,
  onClose,
  onApplied,
}: {
  township: string;
  onClose: () => void;
  onApplied: () => void;
}) => {
  const notify = useNotify();
  const [form, setForm] = useState<Record<string, string>>({
    name: '',
    village: `${township.slice(0, 9)}201`,
    source: 'SPECIAL_POVERTY_FUND',
    amount: '',
    assetName: '',
    assetClass: 'OPERATING',
    type: 'PHOTOVOLTAIC',
    owner: '',
    usedBy: '',
    manager: '',
    supervisor: '',
  });
  const [households, setHouseholds] = useState<Household[]>([]);
  const [priority, setPriority] = useState<Set<string>>(new Set());
  const [chosen, setChosen] = useState<Household[]>([]);
  const set = (key: string) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));
  useEffect(() => {
    if (!/^\d{12}$/.test(form.village)) return;
    graphqlRequest(VillageHouseholdsQuery, { divisionCode: form.village })
      .then((r) => {
        setHouseholds(r.households.items);
        setPriority(new Set(r.priorityHouseholds.map((p) => p.householdId)));
        setChosen([]);
      })
      .catch(() => setHouseholds([]));
  }, [form.village]);
  const submit = async () => {
    try {
      const result = await graphqlRequest(ApplyProjectMutation, {
        input: {
          name: form.name,
          divisionCode: form.village,
          fundingSources: [{ source: form.source as FundingSource, amount: form.amount.trim() }],
          plannedAssets: [
            {
              name: form.assetName,
              assetClass: form.assetClass as AssetClass,
              type: form.type as AssetType,
              divisionCode: form.village,
              bookValue: form.amount.trim(),
              owner: form.owner,
              usedBy: form.usedBy,
              manager: form.manager,
              supervisor: form.supervisor,
            },
          ],
          beneficiaryIds: chosen.map((h) => h.id),
        },
      });
      notify(`已申报，扶持对象公示至 ${result.applyAssetProject.noticeEndsOn}`, { type: 'success' });
      onApplied();
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    }
  };
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="md">
      <DialogTitle>申报专项资金项目</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Stack direction="row" spacing={1}>
            <TextField label="项目名称" value={form.name} onChange={set('name')} sx={{ flex: 2 }} required />
            <TextField
              label="实施村（12 位代码）"
              value={form.village}
              onChange={set('village')}
              sx={{ flex: 1 }}
              required
            />
          </Stack>
          <Stack direction="row" spacing={1}>
            <TextField select label="资金来源" value={form.source} onChange={set('source')} sx={{ flex: 1 }}>
              {Object.entries(FUNDING_SOURCE_LABELS).map(([k, v]) => (
                <MenuItem key={k} value={k}>
                  {v}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label="金额（元，即计划形成的账面价值）"
              value={form.amount}
              onChange={set('amount')}
              sx={{ flex: 1 }}
              required
            />
          </Stack>
          <Stack direction="row" spacing={1}>
            <TextField
              label="形成资产名称"
              value={form.assetName}
              onChange={set('assetName')}
              sx={{ flex: 2 }}
              required
            />
            <TextField select label="类别" value={form.assetClass} onChange={set('assetClass')} sx={{ flex: 1 }}>
              {Object.entries(ASSET_CLASS_LABELS).map(([k, v]) => (
                <MenuItem key={k} value={k}>
                  {v}
                </MenuItem>
              ))}
            </TextField>
            <TextField select label="类型" value={form.type} onChange={set('type')} sx={{ flex: 1 }}>
              {Object.entries(ASSET_TYPE_LABELS).map(([k, v]) => (
                <MenuItem key={k} value={k}>
                  {v}
                </MenuItem>
              ))}
            </TextField>
          </Stack>
          <Stack direction="row" spacing={1}>
            {FIELDS.map(([k, label]) => (
              <TextField key={k} label={label} value={form[k]} onChange={set(k)} required sx={{ flex: 1 }} />
            ))}
          </Stack>
          <Autocomplete
            multiple
            options={households}
            value={chosen}
            onChange={(_, v) => setChosen(v)}
            getOptionKey={(h) => h.id}
            getOptionLabel={(h) =>
              `${h.householdNumber.slice(-5)} ${h.head?.name ?? ''}${priority.has(h.id) ? '（优先户）' : ''}`
            }
            renderInput={(params) => <TextField {...params} label="扶持对象（申报即公示）" />}
          />
          <Typography variant="caption" color="text.secondary">
            “谁用资金、谁管项目、谁负主责”：产权、使用、管护、监管主体分别填写；县级在公示期满后审批。
          </Typography>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>取消</Button>
        <Button
          variant="contained"
          onClick={submit}
          disabled={
            !form.name || !form.amount || !form.assetName || chosen.length === 0 || FIELDS.some(([k]) => !form[k])
          }
        >
          申报
        </Button>
      </DialogActions>
    </Dialog>
  );
};
