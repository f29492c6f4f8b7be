/**
 * 劳动年龄 as the console's check uses it: from 16 (the age from which the labour law allows work).
 * A regional default for a warning only, not a policy rule: the API accepts what the officer records.
 */
export const WORKING_AGE_FROM = 16;

/** Age in whole years on `today` (China Standard Time) from an 18-digit ID number; null when it has none. */
export function ageFromIdNumber(idNumber: string | null | undefined, today = new Date()): number | null {
  const match = /^\d{6}(\d{4})(\d{2})(\d{2})\d{3}[\dXx]$/.exec(String(idNumber ?? '').trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const [nowYear, nowMonth, nowDay] = today
    .toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' })
    .split('-')
    .map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || year > nowYear) return null;
  return nowYear - year - (nowMonth < month || (nowMonth === month && nowDay < day) ? 1 : 0);
}

const WORKING_CAPACITIES = new Set(['SKILLED', 'ORDINARY', 'WEAK']);

/** A warning when a child under working age is recorded as having labour capacity. */
export function labourAgeWarning(
  idNumber: string | null | undefined,
  labourCapacity: string | null | undefined,
  today = new Date(),
): string | undefined {
  const age = ageFromIdNumber(idNumber, today);
  if (age === null || age >= WORKING_AGE_FROM || !labourCapacity || !WORKING_CAPACITIES.has(labourCapacity))
    return undefined;
  return `该成员 ${age} 岁，未满 ${WORKING_AGE_FROM} 周岁：劳动技能一般为「无劳动力」，请核实`;
}
