import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { Field, ObjectType } from 'type-graphql';
import {
  EDUCATION_LABELS, HEALTH_STATUS_LABELS, REGISTRATION_STATUS_LABELS, LABOUR_CAPACITY_LABELS, RELATION_LABELS, SCHOOLING_STAGE_LABELS,
} from '../households/household.enums';

/** A generated workbook as the API hands it out: clients decode and save it under `filename`. */
@ObjectType({ description: 'Excel 文件（Base64 编码的 .xlsx）' })
export class ExcelFile {
  @Field()
  filename!: string;

  @Field()
  contentBase64!: string;
}

export const toExcelFile = (filename: string, content: Buffer): ExcelFile => ({ filename, contentBase64: content.toString('base64') });

type Kind = 'text' | 'enum' | 'bool' | 'int';

export interface ColumnSpec {
  key: string;
  header: string;
  kind: Kind;
  /** Household columns are read from the first row of each 户编号 group. */
  level: 'household' | 'member';
  required?: boolean;
  labels?: Record<string, string>;
  width: number;
  note?: string;
}

const YES = '是';
const NO = '否';

/**
 * The columns of the household file, in the order an office's 户籍表 has them. Import and export
 * share them, so an exported file has exactly the headers the importer expects.
 */
export const HOUSEHOLD_COLUMNS: readonly ColumnSpec[] = [
  { key: 'householdNumber', header: '户编号', kind: 'text', level: 'household', required: true, width: 20, note: '同一户的各成员行填写相同户编号；导入后即为该户户编号（4-32 位数字、字母或连字符）' },
  { key: 'divisionCode', header: '所在村代码', kind: 'text', level: 'household', required: true, width: 15, note: '12 位统计用区划代码（村/社区级），须在本辖区内' },
  { key: 'address', header: '家庭住址', kind: 'text', level: 'household', required: true, width: 24 },
  { key: 'phone', header: '联系电话', kind: 'text', level: 'household', width: 14 },
  { key: 'registrationStatus', header: '建档立卡登记状态', kind: 'enum', level: 'household', labels: REGISTRATION_STATUS_LABELS, width: 14, note: '脱贫户 / 一般农户，不填为一般农户；脱贫户须由县级导入' },
  { key: 'liftedOutYear', header: '脱贫年度', kind: 'int', level: 'household', width: 10, note: '脱贫户必填，如 2019' },
  { key: 'noLabourCapacity', header: '整户无劳动能力', kind: 'bool', level: 'household', width: 10 },
  { key: 'minimumLivingAllowance', header: '低保户', kind: 'bool', level: 'household', width: 8 },
  { key: 'extremePoverty', header: '特困户', kind: 'bool', level: 'household', width: 8 },
  { key: 'relocated', header: '易地搬迁户', kind: 'bool', level: 'household', width: 10 },
  { key: 'name', header: '姓名', kind: 'text', level: 'member', required: true, width: 10 },
  { key: 'idNumber', header: '身份证号', kind: 'text', level: 'member', required: true, width: 21, note: '18 位，请以文本格式填写；性别和出生日期由身份证号得出' },
  { key: 'relation', header: '与户主关系', kind: 'enum', level: 'member', required: true, labels: RELATION_LABELS, width: 12, note: '每户有且只有一名户主' },
  { key: 'ethnicity', header: '民族', kind: 'text', level: 'member', width: 8 },
  { key: 'education', header: '文化程度', kind: 'enum', level: 'member', labels: EDUCATION_LABELS, width: 12 },
  { key: 'schoolingStage', header: '在校生状况', kind: 'enum', level: 'member', labels: SCHOOLING_STAGE_LABELS, width: 12, note: '不填为“非在校生”' },
  { key: 'healthStatus', header: '健康状况', kind: 'enum', level: 'member', labels: HEALTH_STATUS_LABELS, width: 12, note: '不填为“健康”' },
  { key: 'disabilityGrade', header: '残疾等级', kind: 'int', level: 'member', width: 8, note: '1-4；健康状况为“残疾”时必填' },
  { key: 'labourCapacity', header: '劳动技能', kind: 'enum', level: 'member', required: true, labels: LABOUR_CAPACITY_LABELS, width: 16 },
  { key: 'workPlace', header: '务工地点', kind: 'text', level: 'member', width: 12 },
  { key: 'workMonths', header: '务工时间（月）', kind: 'int', level: 'member', width: 12, note: '0-12，不填为 0' },
  { key: 'medicalInsurance', header: '参加医保', kind: 'bool', level: 'member', width: 8, note: '不填为“是”' },
  { key: 'criticalIllnessInsurance', header: '参加大病保险', kind: 'bool', level: 'member', width: 10, note: '不填为“是”' },
  { key: 'pensionInsurance', header: '参加养老保险', kind: 'bool', level: 'member', width: 10 },
  { key: 'memberMinimumLivingAllowance', header: '享受低保', kind: 'bool', level: 'member', width: 8 },
  { key: 'memberExtremePoverty', header: '特困供养', kind: 'bool', level: 'member', width: 8 },
];

/** Export only: what the system computes or the procedure sets, so it is never read back on import. */
export const INCOME_COLUMNS: readonly ColumnSpec[] = [
  // Set by the procedure (县级认定 / 风险消除), never by a file.
  { key: 'monitoringCategory', header: '监测对象类别', kind: 'text', level: 'household', width: 14 },
  { key: 'monitoredSince', header: '纳入监测日期', kind: 'text', level: 'household', width: 12 },
  { key: 'perCapitaNetIncome', header: '人均纯收入', kind: 'text', level: 'household', width: 12 },
  { key: 'incomeYear', header: '收入年度', kind: 'int', level: 'household', width: 10 },
];

export const column = (key: string): ColumnSpec => HOUSEHOLD_COLUMNS.find((c) => c.key === key)!;

export const boolLabel = (value: boolean | null | undefined) => (value === null || value === undefined ? '' : value ? YES : NO);

/** 是/否 (also Y/N, 1/0 and Excel booleans, which offices produce); undefined for blank, null for anything else. */
export function parseBool(text: string): boolean | null | undefined {
  if (text === '') return undefined;
  if ([YES, 'Y', 'y', '1', 'TRUE', 'true'].includes(text)) return true;
  if ([NO, 'N', 'n', '0', 'FALSE', 'false'].includes(text)) return false;
  return null;
}

/**
 * Headers as typed by people: spaces dropped and ASCII parentheses accepted for the full-width
 * ones (务工时间(月)).
 */
export const normalizeHeader = (text: string) => text.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

/** The text a person sees in a cell, whatever Excel stored (shared string, rich text, formula, link). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? YES : NO;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('text' in value) return String(value.text).trim();
  return '';
}

export interface SheetRow {
  /** Excel row number (the header is row 1). */
  row: number;
  /** Cell text by column key. */
  cells: Record<string, string>;
  /** Keys whose cell held a number too long to be exact (an ID number typed as a number). */
  inexact: Set<string>;
}

export interface ReadResult {
  rows: SheetRow[];
  /** Headers of required columns the sheet lacks. */
  missingHeaders: string[];
}

/** Reads the first worksheet: header row 1 (in any column order), data from row 2, blank rows skipped. */
export async function readHouseholdSheet(content: Buffer): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { rows: [], missingHeaders: HOUSEHOLD_COLUMNS.filter((c) => c.required).map((c) => c.header) };
  const byHeader = new Map(HOUSEHOLD_COLUMNS.map((c) => [c.header, c]));
  const positions: Array<[number, ColumnSpec]> = [];
  sheet.getRow(1).eachCell((cell, col) => {
    const spec = byHeader.get(normalizeHeader(cellText(cell.value)));
    if (spec && !positions.some(([, s]) => s === spec)) positions.push([col, spec]);
  });
  const missingHeaders = HOUSEHOLD_COLUMNS.filter((c) => c.required && !positions.some(([, s]) => s === c)).map((c) => c.header);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells: Record<string, string> = {};
    const inexact = new Set<string>();
    let blank = true;
    for (const [col, spec] of positions) {
      const value = row.getCell(col).value;
      const text = cellText(value);
      cells[spec.key] = text;
      if (text !== '') blank = false;
      if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) inexact.add(spec.key);
    }
    if (!blank) rows.push({ row: rowNumber, cells, inexact });
  });
  return { rows, missingHeaders };
}

/** Rows of the list validations in the template: enough for a village's households. */
const TEMPLATE_ROWS = 5000;

/** The import template: headers, one sample household, drop-down lists for the coded columns, and a 填写说明 sheet. */
export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('农户信息', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  styleHeader(sheet);
  // ID numbers and codes are text: as numbers Excel would round the last digits away.
  for (const key of ['householdNumber', 'divisionCode', 'phone', 'idNumber']) sheet.getColumn(key).numFmt = '@';
  const sample = { householdNumber: '15012110020199001', divisionCode: '150121100201', address: '新村路 8 号', phone: '13900000000', registrationStatus: REGISTRATION_STATUS_LABELS.LIFTED_OUT, liftedOutYear: 2019, noLabourCapacity: NO, minimumLivingAllowance: NO, extremePoverty: NO, relocated: NO };
  sheet.addRow({ ...sample, name: '张三', idNumber: '150121197001019013', relation: RELATION_LABELS.HEAD, ethnicity: '汉族', education: EDUCATION_LABELS.JUNIOR_HIGH, schoolingStage: SCHOOLING_STAGE_LABELS.NOT_IN_SCHOOL, healthStatus: HEALTH_STATUS_LABELS.HEALTHY, labourCapacity: LABOUR_CAPACITY_LABELS.ORDINARY, workPlace: '呼和浩特市', workMonths: 6, medicalInsurance: YES, criticalIllnessInsurance: YES, pensionInsurance: YES, memberMinimumLivingAllowance: NO, memberExtremePoverty: NO });
  sheet.addRow({ householdNumber: sample.householdNumber, name: '李四', idNumber: '150121197203040021', relation: RELATION_LABELS.SPOUSE, ethnicity: '汉族', education: EDUCATION_LABELS.PRIMARY, schoolingStage: SCHOOLING_STAGE_LABELS.NOT_IN_SCHOOL, healthStatus: HEALTH_STATUS_LABELS.DISABLED, disabilityGrade: 3, labourCapacity: LABOUR_CAPACITY_LABELS.WEAK, workMonths: 0, medicalInsurance: YES, criticalIllnessInsurance: YES, pensionInsurance: YES, memberMinimumLivingAllowance: NO, memberExtremePoverty: NO });
  const validations = (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;
  HOUSEHOLD_COLUMNS.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const list = c.kind === 'enum' ? Object.values(c.labels!) : c.kind === 'bool' ? [YES, NO] : c.key === 'disabilityGrade' ? ['1', '2', '3', '4'] : null;
    if (!list) return;
    validations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list', allowBlank: !c.required, formulae: [`"${list.join(',')}"`],
      showErrorMessage: true, errorStyle: 'stop', errorTitle: '取值不正确', error: `请从下拉列表中选择：${list.join('、')}`,
    });
  });

  const help = workbook.addWorksheet('填写说明');
  help.columns = [{ header: '列名', width: 16 }, { header: '是否必填', width: 10 }, { header: '说明', width: 80 }];
  styleHeader(help);
  help.addRow(['（通则）', '', '每行一名家庭成员，同一户的成员填写相同户编号；户的信息（所在村代码至易地搬迁户）以该户第一行为准。任一行有错误时整批不导入（可选择“只导入无误的农户”）。']);
  for (const c of HOUSEHOLD_COLUMNS) {
    const values = c.kind === 'enum' ? `可选：${Object.values(c.labels!).join('、')}` : c.kind === 'bool' ? '填“是”或“否”' : '';
    help.addRow([c.header, c.required ? '必填' : '', [values, c.note].filter(Boolean).join('；')]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
}

/**
 * A streaming writer for large exports: rows are committed as they are added, so memory holds the
 * compressed output rather than every row's cell objects.
 */
export function exportWriter(columns: readonly ColumnSpec[]) {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet('农户信息', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  return {
    add(values: Record<string, string | number | null>): void {
      sheet.addRow(values).commit();
    },
    async finish(): Promise<Buffer> {
      sheet.commit();
      await workbook.commit();
      return Buffer.concat(chunks);
    },
  };
}
