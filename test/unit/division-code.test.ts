import { describe, expect, it } from 'vitest';
import {
  DivisionLevel,
  levelOfCode,
  parentCodeOf,
  prefixFromArgument,
  prefixOf,
} from '../../api/src/jurisdiction/division-code';

describe('division codes', () => {
  it.each([
    ['150000000000', DivisionLevel.PROVINCE, '15', null],
    ['150100000000', DivisionLevel.CITY, '1501', '150000000000'],
    ['150121000000', DivisionLevel.COUNTY, '150121', '150100000000'],
    ['150121100000', DivisionLevel.TOWNSHIP, '150121100', '150121000000'],
    ['150121100201', DivisionLevel.VILLAGE, '150121100201', '150121100000'],
    // A village whose own number ends in zeros is still a village.
    ['150121100200', DivisionLevel.VILLAGE, '150121100200', '150121100000'],
  ])('%s is a %s with prefix %s and parent %s', (code, level, prefix, parent) => {
    expect(levelOfCode(code)).toBe(level);
    expect(prefixOf(code)).toBe(prefix);
    expect(parentCodeOf(code)).toBe(parent);
  });

  it('accepts bare prefixes only of level lengths', () => {
    expect(prefixFromArgument('150121')).toBe('150121');
    expect(prefixFromArgument('150121000000')).toBe('150121');
    expect(prefixFromArgument('15012')).toBeNull();
    expect(prefixFromArgument("15%' or 1=1")).toBeNull();
  });
});
