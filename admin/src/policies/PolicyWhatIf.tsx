import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CircularProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import CalculateIcon from '@mui/icons-material/Calculate';
import { graphql } from '../gql';
import type { ConsolePolicyWhatIfQuery } from '../gql/graphql';
import { graphqlRequest } from '../dataProvider';
import { errorMessage, formatMoney, isMoneyInput, percentToRatio } from '../format';

const PolicyWhatIfQuery = graphql(`
  query ConsolePolicyWhatIf(
    $divisionCode: String!
    $year: Int!
    $incomeLine: Money
    $rigidExpenditureShare: Float
    $incomeDropShare: Float
    $subsidyShareWarning: Float
  ) {
    policyWhatIf(
      divisionCode: $divisionCode
      year: $year
      incomeLine: $incomeLine
      rigidExpenditureShare: $rigidExpenditureShare
      incomeDropShare: $incomeDropShare
      subsidyShareWarning: $subsidyShareWarning
    ) {
      divisionCode
      year
      total {
        divisionCode
        divisionName
        current {
          ...WhatIfFields
        }
        proposed {
          ...WhatIfFields
        }
      }
      children {
        divisionCode
        divisionName
        current {
          ...WhatIfFields
        }
        proposed {
          ...WhatIfFields
        }
      }
    }
  }
  fragment WhatIfFields on WhatIfFigures {
    matched
    belowIncomeLine
    rigidExpenditure
    incomeDrop
    subsidyShare
  }
`);

type Result = ConsolePolicyWhatIfQuery['policyWhatIf'];
type Figures = Result['total']['current'];

const RULES: Array<[keyof Figures, string]> = [
  ['belowIncomeLine', '人均纯收入低于收入线'],
  ['rigidExpenditure', '刚性支出超过比例'],
  ['incomeDrop', '收入骤减'],
  ['subsidyShare', '补贴性收入占比过高'],
];

const diff = (a: number, b: number) => (b - a > 0 ? `+${b - a}` : String(b - a));

/**
 * 政策测算: how many households identification would match if the line (and shares) were the
 * given values, by child division and by rule, next to the current figure. Nothing is written.
 */
export const PolicyWhatIf = ({
  divisionCode,
  year,
  currentLine,
}: {
  divisionCode: string;
  year: number;
  currentLine: unknown;
}) => {
  const [line, setLine] = useState('');
  const [shares, setShares] = useState({ rigidExpenditureShare: '', incomeDropShare: '', subsidyShareWarning: '' });
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const run = async () => {
    if (!isMoneyInput(line)) {
      setError('收入线应为金额（元），最多两位小数');
      return;
    }
    setRunning(true);
    setError(null);
    try {
      const share = (v: string) => (v.trim() === '' ? null : percentToRatio(Number(v)));
      const { policyWhatIf } = await graphqlRequest(PolicyWhatIfQuery, {
        divisionCode,
        year,
        incomeLine: line.trim() === '' ? null : line.trim(),
        rigidExpenditureShare: share(shares.rigidExpenditureShare),
        incomeDropShare: share(shares.incomeDropShare),
        subsidyShareWarning: share(shares.subsidyShareWarning),
      });
      setResult(policyWhatIf);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setRunning(false);
    }
  };
  return (
    <Card sx={{ mt: 2 }} data-testid="policy-what-if">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          政策测算
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          若监测收入线或比例改为下列数值，{year}{' '}
          年有多少户会进入监测（按系统比对的同一规则计算，不写入任何数据）。现行收入线：
          {currentLine === null || currentLine === undefined ? '未设定' : `${formatMoney(currentLine)} 元`}
          。留空的项沿用各村现行值。
        </Typography>
        <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
          <TextField
            size="small"
            label="测算收入线（元）"
            value={line}
            onChange={(e) => setLine(e.target.value)}
            sx={{ width: 170 }}
            slotProps={{ htmlInput: { 'data-testid': 'what-if-line' } }}
          />
          <TextField
            size="small"
            label="刚性支出比例（%）"
            value={shares.rigidExpenditureShare}
            onChange={(e) => setShares({ ...shares, rigidExpenditureShare: e.target.value })}
            sx={{ width: 160 }}
          />
          <TextField
            size="small"
            label="收入降幅（%）"
            value={shares.incomeDropShare}
            onChange={(e) => setShares({ ...shares, incomeDropShare: e.target.value })}
            sx={{ width: 140 }}
          />
          <TextField
            size="small"
            label="补贴占比（%）"
            value={shares.subsidyShareWarning}
            onChange={(e) => setShares({ ...shares, subsidyShareWarning: e.target.value })}
            sx={{ width: 140 }}
          />
          <Button
            variant="contained"
            onClick={run}
            disabled={running}
            startIcon={running ? <CircularProgress size={16} color="inherit" /> : <CalculateIcon />}
            data-testid="run-what-if"
          >
            测算
          </Button>
        </Stack>
        {error && (
          <Alert severity="error" sx={{ mb: 2 }}>
            {error}
          </Alert>
        )}
        {result && (
          <Box>
            <Table size="small" data-testid="what-if-result">
              <TableHead>
                <TableRow>
                  <TableCell>区划</TableCell>
                  <TableCell align="right">现行标准</TableCell>
                  <TableCell align="right">测算标准</TableCell>
                  <TableCell align="right">增减</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {[result.total, ...result.children].map((row, i) => (
                  <TableRow
                    key={row.divisionCode}
                    sx={i === 0 ? { bgcolor: 'action.hover', '& td': { fontWeight: 600 } } : undefined}
                    data-testid={i === 0 ? 'what-if-total' : `what-if-row-${row.divisionCode}`}
                  >
                    <TableCell>{i === 0 ? `${row.divisionName}（合计）` : row.divisionName}</TableCell>
                    <TableCell align="right">{row.current.matched.toLocaleString('zh-CN')}</TableCell>
                    <TableCell align="right">{row.proposed.matched.toLocaleString('zh-CN')}</TableCell>
                    <TableCell align="right">{diff(row.current.matched, row.proposed.matched)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            <Typography variant="subtitle2" sx={{ mt: 2 }}>
              按规则（合计，一户可符合多条）
            </Typography>
            <Table size="small" data-testid="what-if-rules">
              <TableBody>
                {RULES.map(([key, label]) => (
                  <TableRow key={key}>
                    <TableCell>{label}</TableCell>
                    <TableCell align="right">{result.total.current[key].toLocaleString('zh-CN')}</TableCell>
                    <TableCell align="right">{result.total.proposed[key].toLocaleString('zh-CN')}</TableCell>
                    <TableCell align="right">{diff(result.total.current[key], result.total.proposed[key])}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
