import type { ReactNode } from 'react';
import {
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  regex,
  required,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import type { Relation } from '../gql/graphql';
import {
  EDUCATION_LABELS,
  HEALTH_STATUS_LABELS,
  HOUSEHOLD_FLAG_LABELS,
  LABOUR_CAPACITY_LABELS,
  RELATION_LABELS,
  SCHOOLING_STAGE_LABELS,
  choicesOf,
} from '../labels';
import { HOUSEHOLD_FLAGS, VillageInput, registrationStatusChoices } from './HouseholdFields';
import { labourAgeWarning } from './age';

export const relationChoices = choicesOf(RELATION_LABELS);
export const relationChoicesWithoutHead = relationChoices.filter((choice) => choice.id !== 'HEAD');
const educationChoices = choicesOf(EDUCATION_LABELS);
const schoolingChoices = choicesOf(SCHOOLING_STAGE_LABELS);
const healthChoices = choicesOf(HEALTH_STATUS_LABELS);
const labourChoices = choicesOf(LABOUR_CAPACITY_LABELS);

const PHONE = /^(1\d{10}|0\d{2,3}-?\d{7,8})$/;
const validatePhone = (original?: string | null) => (value: unknown) =>
  !value || value === original || PHONE.test(String(value).trim()) ? undefined : 'app.validation.phone';

/** Inputs laid out in a responsive grid. */
export const InputGrid = ({ children, columns = 3 }: { children: ReactNode; columns?: 1 | 2 | 3 | 4 }) => (
  <Box
    sx={{
      display: 'grid',
      gridTemplateColumns: {
        xs: '1fr',
        sm: `repeat(${Math.min(columns, 2)}, minmax(0, 1fr))`,
        md: `repeat(${columns}, minmax(0, 1fr))`,
      },
      columnGap: 2,
      width: '100%',
    }}
  >
    {children}
  </Box>
);

export const SectionTitle = ({ children }: { children: ReactNode }) => (
  <Typography variant="subtitle1" sx={{ fontWeight: 600, mt: 2, mb: 1 }}>
    {children}
  </Typography>
);

/** Household fields of the create and edit forms. */
export const HouseholdBasicInputs = ({
  mode,
  originalPhone,
}: {
  mode: 'create' | 'edit';
  originalPhone?: string | null;
}) => (
  <>
    <InputGrid>
      <VillageInput
        source="divisionCode"
        label="resources.households.fields.divisionCode"
        validate={required()}
        helperText={mode === 'edit' ? 'app.households.move_help' : 'app.households.village_help'}
        fullWidth
      />
      {mode === 'create' && (
        <TextInput
          source="householdNumber"
          helperText="app.households.household_number_help"
          validate={regex(/^[0-9A-Za-z-]{4,32}$/, '户编号为 4-32 位数字、字母或连字符')}
          fullWidth
        />
      )}
      {mode === 'create' && (
        <SelectInput
          source="registrationStatus"
          choices={registrationStatusChoices}
          helperText="app.households.registration_help"
          validate={required()}
          fullWidth
        />
      )}
      {mode === 'create' && (
        <NumberInput source="liftedOutYear" helperText="app.households.lifted_out_year_help" fullWidth />
      )}
      <TextInput source="address" validate={[required(), maxLength(200)]} fullWidth />
      <TextInput source="phone" validate={validatePhone(originalPhone)} fullWidth />
    </InputGrid>
    <Box sx={{ display: 'flex', flexWrap: 'wrap', columnGap: 3 }}>
      {HOUSEHOLD_FLAGS.map((flag) => (
        <BooleanInput key={flag} source={flag} label={HOUSEHOLD_FLAG_LABELS[flag]} helperText={false} />
      ))}
    </Box>
  </>
);

/**
 * One member's inputs (relative sources: inside the create form's ArrayInput they become
 * `members.N.name` …). `relations` limits the relation choices; `maskedId` is the ID number as the
 * API sent it (masked without PII_READ): unchanged, it is kept.
 */
export const MemberInputs = ({
  relations = relationChoices,
  relationDisabled,
  maskedId,
}: {
  relations?: Array<{ id: Relation; name: string }>;
  relationDisabled?: boolean;
  maskedId?: string;
}) => (
  <InputGrid>
    <TextInput
      source="name"
      label="resources.members.fields.name"
      validate={[required(), maxLength(50)]}
      helperText={false}
      fullWidth
    />
    <TextInput
      source="idNumber"
      label="resources.members.fields.idNumber"
      validate={required()}
      helperText={maskedId?.includes('*') ? 'app.households.id_masked_help' : false}
      slotProps={{ htmlInput: { maxLength: 18, autoComplete: 'off' } }}
      fullWidth
    />
    <SelectInput
      source="relation"
      label="resources.members.fields.relation"
      choices={relations}
      validate={required()}
      disabled={relationDisabled}
      helperText={false}
      fullWidth
    />
    <FormDataConsumer>
      {({ formData, scopedFormData }) => {
        const data = (scopedFormData ?? formData) as { idNumber?: string; labourCapacity?: string } | undefined;
        const warning = labourAgeWarning(data?.idNumber, data?.labourCapacity);
        return (
          <SelectInput
            source="labourCapacity"
            label="resources.members.fields.labourCapacity"
            choices={labourChoices}
            validate={required()}
            helperText={warning ?? false}
            sx={warning ? { '& .MuiFormHelperText-root': { color: 'warning.main' } } : undefined}
            fullWidth
          />
        );
      }}
    </FormDataConsumer>
    <SelectInput
      source="healthStatus"
      label="resources.members.fields.healthStatus"
      choices={healthChoices}
      helperText={false}
      fullWidth
    />
    <FormDataConsumer>
      {({ formData, scopedFormData }) => {
        const data = (scopedFormData ?? formData) as { healthStatus?: string } | undefined;
        return data?.healthStatus === 'DISABLED' ? (
          <NumberInput
            source="disabilityGrade"
            label="resources.members.fields.disabilityGrade"
            min={1}
            max={4}
            validate={[required(), minValue(1), maxValue(4)]}
            helperText="1-4 级"
            fullWidth
          />
        ) : (
          <span />
        );
      }}
    </FormDataConsumer>
    <SelectInput
      source="education"
      label="resources.members.fields.education"
      choices={educationChoices}
      helperText={false}
      fullWidth
    />
    <SelectInput
      source="schoolingStage"
      label="resources.members.fields.schoolingStage"
      choices={schoolingChoices}
      helperText={false}
      fullWidth
    />
    <TextInput
      source="ethnicity"
      label="resources.members.fields.ethnicity"
      validate={maxLength(20)}
      helperText={false}
      fullWidth
    />
    <TextInput source="workPlace" label="resources.members.fields.workPlace" helperText={false} fullWidth />
    <NumberInput
      source="workMonths"
      label="resources.members.fields.workMonths"
      min={0}
      max={12}
      validate={[minValue(0), maxValue(12)]}
      helperText={false}
      fullWidth
    />
    <span />
    <BooleanInput source="medicalInsurance" label="resources.members.fields.medicalInsurance" helperText={false} />
    <BooleanInput
      source="criticalIllnessInsurance"
      label="resources.members.fields.criticalIllnessInsurance"
      helperText={false}
    />
    <BooleanInput source="pensionInsurance" label="resources.members.fields.pensionInsurance" helperText={false} />
    <BooleanInput
      source="minimumLivingAllowance"
      label="resources.members.fields.minimumLivingAllowance"
      helperText={false}
    />
    <BooleanInput source="extremePoverty" label="resources.members.fields.extremePoverty" helperText={false} />
  </InputGrid>
);

/**
 * Defaults of a new member (the API's own defaults). Labour capacity has none: it depends on the
 * person (a child is not 普通劳动力), so the form asks for it and warns on a mismatch with age.
 */
export const newMemberDefaults = (relation: Relation) => ({
  relation,
  healthStatus: 'HEALTHY',
  schoolingStage: 'NOT_IN_SCHOOL',
  workMonths: 0,
  medicalInsurance: true,
  criticalIllnessInsurance: true,
  pensionInsurance: false,
  minimumLivingAllowance: false,
  extremePoverty: false,
});
