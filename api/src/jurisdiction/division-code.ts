import { registerEnum } from '../common/enum-labels';

export enum DivisionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  TOWNSHIP = 'TOWNSHIP',
  VILLAGE = 'VILLAGE',
}

export const DIVISION_LEVEL_LABELS = registerEnum(DivisionLevel, 'DivisionLevel', '行政区划级别', {
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡级',
  VILLAGE: '村级',
});

/** Significant digits of a 12-digit code at each level: 2 province, 2 city, 2 county, 3 township, 3 village. */
const PREFIX_LENGTH: Record<DivisionLevel, number> = {
  [DivisionLevel.PROVINCE]: 2,
  [DivisionLevel.CITY]: 4,
  [DivisionLevel.COUNTY]: 6,
  [DivisionLevel.TOWNSHIP]: 9,
  [DivisionLevel.VILLAGE]: 12,
};

const LEVELS_BY_DEPTH = [
  DivisionLevel.PROVINCE,
  DivisionLevel.CITY,
  DivisionLevel.COUNTY,
  DivisionLevel.TOWNSHIP,
  DivisionLevel.VILLAGE,
];

/** 0 for a province … 4 for a village: a larger depth lies further down. */
export const depthOf = (level: DivisionLevel) => LEVELS_BY_DEPTH.indexOf(level);

export const isDivisionCode = (code: string) => /^\d{12}$/.test(code);

/** The level a well-formed code names, read from where its trailing zeros start. */
export function levelOfCode(code: string): DivisionLevel {
  if (code.slice(2) === '0000000000') return DivisionLevel.PROVINCE;
  if (code.slice(4) === '00000000') return DivisionLevel.CITY;
  if (code.slice(6) === '000000') return DivisionLevel.COUNTY;
  if (code.slice(9) === '000') return DivisionLevel.TOWNSHIP;
  return DivisionLevel.VILLAGE;
}

/** "Inside division X" is "code starts with X's prefix": one index range scan serves it. */
export function prefixOf(code: string, level: DivisionLevel = levelOfCode(code)): string {
  return code.slice(0, PREFIX_LENGTH[level]);
}

export function parentCodeOf(code: string): string | null {
  const level = levelOfCode(code);
  const depth = LEVELS_BY_DEPTH.indexOf(level);
  if (depth === 0) return null;
  const parentLength = PREFIX_LENGTH[LEVELS_BY_DEPTH[depth - 1]];
  return code.slice(0, parentLength).padEnd(12, '0');
}

/** The codes of the divisions that enclose `code`, outermost first (province … parent). */
export function ancestorCodesOf(code: string): string[] {
  const codes: string[] = [];
  for (let parent = parentCodeOf(code); parent; parent = parentCodeOf(parent)) codes.unshift(parent);
  return codes;
}

/** The division and its ancestors, nearest first: the chain a regional setting is looked up along. */
export const selfAndAncestorsOf = (code: string): string[] => [code, ...ancestorCodesOf(code).reverse()];

export const childLevelOf = (level: DivisionLevel): DivisionLevel | null =>
  LEVELS_BY_DEPTH[LEVELS_BY_DEPTH.indexOf(level) + 1] ?? null;

/** Accepts a full 12-digit code or a bare prefix (e.g. "150121") and returns the prefix it names. */
export function prefixFromArgument(codeOrPrefix: string): string | null {
  if (isDivisionCode(codeOrPrefix)) return prefixOf(codeOrPrefix);
  if ([2, 4, 6, 9].includes(codeOrPrefix.length) && /^\d+$/.test(codeOrPrefix)) return codeOrPrefix;
  return null;
}

export const isInside = (code: string, scopePrefix: string) => code.startsWith(scopePrefix);
