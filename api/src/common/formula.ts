import { Matches } from 'class-validator';

/**
 * Spreadsheet formula injection (OWASP "CSV Injection"): a cell starting with = + - @ (or a tab or
 * carriage return) may be run as a formula when a person opens or edits the file.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain number (a negative amount is legitimate) is not a formula. */
const PLAIN_NUMBER = /^[-+]?\d+(\.\d+)?$/;

export const looksLikeFormula = (text: string) => FORMULA_START.test(text) && !PLAIN_NUMBER.test(text);

/** What every export writes for a text cell: a formula-like text gets a leading single quote, as OWASP advises. */
export const neutraliseFormula = (text: string) => (looksLikeFormula(text) ? `'${text}` : text);

/** Names and places as typed (and imported) may not start like a formula. */
export const NoFormulaStart = (what: string) =>
  Matches(/^(?![=+\-@\t\r])/, { message: `${what}不能以 =、+、-、@ 开头（防止表格公式注入）` });
