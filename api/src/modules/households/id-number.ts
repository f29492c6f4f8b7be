import { Sex } from './household.enums';

/**
 * 公民身份号码 (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence (odd for men),
 * and a check character computed by ISO 7064 MOD 11-2.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export interface ParsedIdNumber {
  idNumber: string;
  birthDate: string;
  sex: Sex;
  /** True when a 15-digit (1st generation) number was upgraded to 18 digits. */
  upgraded: boolean;
}

export function checkCharacter(first17: string): string {
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * WEIGHTS[i], 0);
  return CHECK_CHARS[sum % 11];
}

/**
 * Validates an ID number and derives birth date and sex. Legacy 15-digit numbers (issued before
 * 1999, birth year without "19") are upgraded to their 18-digit form, which is what is stored.
 * Returns the Chinese reason when the number is not valid.
 */
export function parseIdNumber(raw: string, today = new Date()): ParsedIdNumber | { error: string } {
  let value = raw.trim().toUpperCase();
  let upgraded = false;
  if (/^\d{15}$/.test(value)) {
    const first17 = value.slice(0, 6) + '19' + value.slice(6);
    value = first17 + checkCharacter(first17);
    upgraded = true;
  }
  if (!/^\d{17}[\dX]$/.test(value)) return { error: '身份证号应为 18 位（最后一位可为 X）' };
  const province = Number(value.slice(0, 2));
  if (province < 11 || province > 82) return { error: '身份证号地区码不正确' };
  const year = Number(value.slice(6, 10));
  const month = Number(value.slice(10, 12));
  const day = Number(value.slice(12, 14));
  const birth = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    birth.getUTCMonth() !== month - 1 ||
    birth.getUTCDate() !== day ||
    birth.getTime() > today.getTime()
  ) {
    return { error: '身份证号中的出生日期不正确' };
  }
  if (checkCharacter(value.slice(0, 17)) !== value[17]) return { error: '身份证号校验位不正确' };
  return {
    idNumber: value,
    birthDate: value.slice(6, 10) + '-' + value.slice(10, 12) + '-' + value.slice(12, 14),
    sex: Number(value[16]) % 2 === 1 ? Sex.MALE : Sex.FEMALE,
    upgraded,
  };
}

export const isParseError = (result: ParsedIdNumber | { error: string }): result is { error: string } =>
  'error' in result;
