import { useState } from 'react';
import {
  Button,
  FormDataConsumer,
  NumberInput,
  TextInput,
  maxValue,
  minValue,
  required,
  useDataProvider,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import {
  Box,
  IconButton,
  LinearProgress,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Tooltip,
  Typography,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import type { IncomeInput } from '../gql/graphql';
import type { ConsoleDataProvider, HouseholdRecord, IncomeRecord } from '../dataProvider';
import { FormDialog } from '../common/FormDialog';
import { currentYear, formatFen, formatMoney, isMoneyInput, toFen } from '../format';
import { INCOME_FIELD_LABELS, type IncomeField } from '../labels';
import { InputGrid, SectionTitle } from './HouseholdInputs';
import { useCanWriteHousehold } from './MembersTab';

const INCOME_PARTS = ['wages', 'operations', 'property', 'transfers', 'subsidies'] as const;
const EXPENSE_PARTS = [
  'productionCosts',
  'medicalExpense',
  'schoolingExpense',
  'disasterExpense',
  'accidentExpense',
] as const;
type Part = (typeof INCOME_PARTS)[number] | (typeof EXPENSE_PARTS)[number];
const PARTS: Part[] = [...INCOME_PARTS, ...EXPENSE_PARTS];

/** The table's rows: every part, then the figures the system computes (bold). */
const ROWS: Array<{ field: IncomeField | 'memberCount'; computed?: boolean; group?: string }> = [
  { field: 'wages', group: 'app.households.income_group_income' },
  { field: 'operations' },
  { field: 'property' },
  { field: 'transfers' },
  { field: 'subsidies' },
  { field: 'productionCosts', group: 'app.households.income_group_expense' },
  { field: 'medicalExpense' },
  { field: 'schoolingExpense' },
  { field: 'disasterExpense' },
  { field: 'accidentExpense' },
  { field: 'netIncome', computed: true, group: 'app.households.income_group_computed' },
  { field: 'memberCount', computed: true },
  { field: 'perCapitaNetIncome', computed: true },
  { field: 'rigidExpenditure', computed: true },
];

const validateMoney = (value: unknown) => (isMoneyInput(value) ? undefined : 'app.households.money_invalid');

/** What the API will compute (income.rules.ts), for a preview while typing. */
function preview(values: Record<string, unknown>, members: number) {
  const net =
    toFen(values.wages) +
    toFen(values.operations) +
    toFen(values.property) +
    toFen(values.transfers) -
    toFen(values.productionCosts);
  const rigid =
    toFen(values.medicalExpense) +
    toFen(values.schoolingExpense) +
    toFen(values.disasterExpense) +
    toFen(values.accidentExpense);
  const perCapita = members > 0 ? Math.sign(net) * Math.round(Math.abs(net) / members) : 0;
  return {
    net: formatMoney(formatFen(net)),
    perCapita: formatMoney(formatFen(perCapita)),
    rigid: formatMoney(formatFen(rigid)),
  };
}

const toInput = (values: Record<string, unknown>): IncomeInput =>
  Object.fromEntries(PARTS.map((part) => [part, String(values[part] ?? '').trim() || '0'])) as IncomeInput;

/** Add a year (no version) or edit one (with the version read). */
const IncomeDialog = ({
  household,
  income,
  open,
  onClose,
}: {
  household: HouseholdRecord;
  income: IncomeRecord | null;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const refresh = useRefresh();
  const taken = new Set(household.incomes.map((i) => i.year));
  let year = currentYear();
  while (taken.has(year)) year -= 1;
  const defaults: Record<string, unknown> = income
    ? { year: income.year, ...Object.fromEntries(PARTS.map((part) => [part, String(income[part] ?? '0')])) }
    : { year, ...Object.fromEntries(PARTS.map((part) => [part, '0'])) };
  const members = income?.memberCount ?? household.memberCount;
  return (
    <FormDialog<Record<string, unknown>>
      open={open}
      onClose={onClose}
      title={
        income
          ? translate('app.households.income_title_edit', { year: income.year })
          : translate('app.households.income_title_new')
      }
      resource="incomes"
      maxWidth="md"
      defaultValues={defaults}
      testId="income-dialog"
      onSubmit={async (values) => {
        // A disabled input is left out of the values: an edited year is the income's own.
        const chosen = income ? income.year : Number(values.year);
        await dataProvider.setHouseholdIncome(household.id, chosen, income ? income.version : null, toInput(values));
        refresh();
        return 'app.households.income_saved';
      }}
    >
      <NumberInput
        source="year"
        disabled={Boolean(income)}
        validate={[required(), minValue(2013), maxValue(currentYear())]}
        helperText={false}
        sx={{ maxWidth: 160 }}
      />
      <SectionTitle>{translate('app.households.income_group_income')}</SectionTitle>
      <InputGrid>
        {INCOME_PARTS.map((part) => (
          <TextInput key={part} source={part} validate={validateMoney} helperText={false} fullWidth />
        ))}
      </InputGrid>
      <SectionTitle>{translate('app.households.income_group_expense')}</SectionTitle>
      <InputGrid>
        {EXPENSE_PARTS.map((part) => (
          <TextInput key={part} source={part} validate={validateMoney} helperText={false} fullWidth />
        ))}
      </InputGrid>
      <FormDataConsumer>
        {({ formData }) => {
          const figures = preview(formData as Record<string, unknown>, members);
          return (
            <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }} data-testid="income-preview">
              {translate('app.households.income_preview', { ...figures, members })}
            </Typography>
          );
        }}
      </FormDataConsumer>
    </FormDialog>
  );
};

/** 收支: each year's parts and the computed 家庭纯收入 / 人均纯收入 / 刚性支出, newest year first. */
export const IncomesTab = () => {
  const household = useRecordContext<HouseholdRecord>();
  const translate = useTranslate();
  const canWrite = useCanWriteHousehold('income');
  const [editing, setEditing] = useState<IncomeRecord | null | 'new'>(null);
  if (!household?.incomes) return <LinearProgress />;
  const incomes = household.incomes;
  return (
    <Box sx={{ width: '100%' }}>
      <Stack direction="row" sx={{ justifyContent: 'flex-end', mb: 1 }}>
        {canWrite && (
          <Button
            label="app.households.add_income"
            variant="outlined"
            onClick={() => setEditing('new')}
            data-testid="add-income"
          >
            <AddIcon />
          </Button>
        )}
      </Stack>
      {incomes.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('app.households.no_incomes')}
        </Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="income-table" sx={{ '& td, & th': { whiteSpace: 'nowrap' } }}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.households.income_item')}</TableCell>
                {incomes.map((income) => (
                  <TableCell key={income.year} align="right" sx={{ fontWeight: 600 }}>
                    {income.year}
                    {canWrite && (
                      <Tooltip title={translate('app.households.edit_income')}>
                        <IconButton
                          size="small"
                          onClick={() => setEditing(income)}
                          data-testid={`edit-income-${income.year}`}
                          sx={{ ml: 0.5 }}
                        >
                          <EditIcon fontSize="inherit" />
                        </IconButton>
                      </Tooltip>
                    )}
                  </TableCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {ROWS.map(({ field, computed, group }) => (
                <TableRow
                  key={field}
                  sx={{
                    ...(computed && { bgcolor: 'action.hover' }),
                    ...(group && { '& td': { borderTop: '2px solid', borderTopColor: 'divider' } }),
                  }}
                >
                  <TableCell sx={{ fontWeight: computed ? 600 : undefined, pl: field === 'subsidies' ? 4 : undefined }}>
                    {field === 'memberCount'
                      ? translate('resources.incomes.fields.memberCount')
                      : INCOME_FIELD_LABELS[field]}
                  </TableCell>
                  {incomes.map((income) => (
                    <TableCell
                      key={income.year}
                      align="right"
                      sx={{ fontVariantNumeric: 'tabular-nums', fontWeight: computed ? 600 : undefined }}
                      data-testid={`income-${income.year}-${field}`}
                    >
                      {field === 'memberCount' ? income.memberCount : formatMoney(income[field])}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Typography variant="caption" color="text.secondary">
            {translate('app.households.unit_yuan')}
          </Typography>
        </Box>
      )}
      {editing !== null && (
        <IncomeDialog
          household={household}
          income={editing === 'new' ? null : editing}
          open
          onClose={() => setEditing(null)}
        />
      )}
    </Box>
  );
};
