import ExcelJS from 'exceljs';
import { neutraliseFormula } from '../../common/formula';
import { Field, ObjectType } from 'type-graphql';
import {
  EDUCATION_LABELS,
  HEALTH_STATUS_LABELS,
  REGISTRATION_STATUS_LABELS,
  LABOUR_CAPACITY_LABELS,
  RELATION_LABELS,
  SCHOOLING_STAGE_LABELS,
} from '../households/household.enums';

/** A generated workbook as the API hands it out: clients decode and save it under `filename`. */
@ObjectType({ description: 'Excel 文件（Base64 编码的 .xlsx）' })
export class ExcelFile {
  @Field()
  filename!: string;

  @Field()
  contentBase64!: string;
}

export const toExcelFile = (filename: string, content: Buffer): ExcelFile => ({
  filename,
  contentBase64: content.toString('base64'),
});

type Kind = 'text' | 'enum' | 'bool' | 'int';

/**
 * How a column travels: `data` is written by export and read by import; `export` only written
 * (names and figures the system keeps: the importer ignores them); `version` written by export
 * and read back by the update mode to detect a record changed since the file was made.
 */
export type ColumnUse = 'data' | 'export' | 'version';

export interface ColumnSpec {
  key: string;
  header: string;
  kind: Kind;
  /** Household columns are read from the first row of each 户编号 group. */
  level: 'household' | 'member';
  use: ColumnUse;
  required?: boolean;
  labels?: Record<string, string>;
  width: number;
  note?: string;
}

const YES = '是';
const NO = '否';

/**
 * The household file's columns, in the order an office's 户籍表 has them: the one table that
 * export, template and import share, so an exported file is a valid import file and a template
 * has exactly the export's headers.
 */
export const HOUSEHOLD_COLUMNS: readonly ColumnSpec[] = [
  {
    key: 'householdNumber',
    header: '户编号',
    kind: 'text',
    level: 'household',
    use: 'data',
    required: true,
    width: 20,
    note: '同一户的各成员行填写相同户编号；导入后即为该户户编号（4-32 位数字、字母或连字符）；更新模式按户编号找到农户',
  },
  {
    key: 'countyName',
    header: '旗县（区）',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 12,
    note: '导出时填写，导入时不读取（由所在村代码决定）',
  },
  {
    key: 'townshipName',
    header: '乡镇（街道）',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 12,
    note: '导出时填写，导入时不读取（由所在村代码决定）',
  },
  {
    key: 'villageName',
    header: '村（社区）',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 12,
    note: '导出时填写，导入时不读取（由所在村代码决定）',
  },
  {
    key: 'divisionCode',
    header: '所在村代码',
    kind: 'text',
    level: 'household',
    use: 'data',
    required: true,
    width: 15,
    note: '12 位统计用区划代码（村/社区级），须在本辖区内；更新模式不能修改（迁户请在一户一档中办理）',
  },
  { key: 'address', header: '家庭住址', kind: 'text', level: 'household', use: 'data', required: true, width: 24 },
  { key: 'phone', header: '联系电话', kind: 'text', level: 'household', use: 'data', width: 14 },
  {
    key: 'registrationStatus',
    header: '建档立卡登记状态',
    kind: 'enum',
    level: 'household',
    use: 'data',
    labels: REGISTRATION_STATUS_LABELS,
    width: 14,
    note: '脱贫户 / 一般农户，不填为一般农户；脱贫户须由县级导入，更新模式中变更须由县级办理',
  },
  {
    key: 'liftedOutYear',
    header: '脱贫年度',
    kind: 'int',
    level: 'household',
    use: 'data',
    width: 10,
    note: '脱贫户必填，如 2019',
  },
  { key: 'noLabourCapacity', header: '整户无劳动能力', kind: 'bool', level: 'household', use: 'data', width: 10 },
  { key: 'minimumLivingAllowance', header: '低保户', kind: 'bool', level: 'household', use: 'data', width: 8 },
  { key: 'extremePoverty', header: '特困户', kind: 'bool', level: 'household', use: 'data', width: 8 },
  { key: 'relocated', header: '易地搬迁户', kind: 'bool', level: 'household', use: 'data', width: 10 },
  {
    key: 'monitoringCategory',
    header: '监测对象类别',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 14,
    note: '导出时填写，导入时不读取（由县级认定设定、风险消除后清除）',
  },
  {
    key: 'monitoredSince',
    header: '纳入监测日期',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 12,
    note: '导出时填写，导入时不读取',
  },
  {
    key: 'perCapitaNetIncome',
    header: '人均纯收入',
    kind: 'text',
    level: 'household',
    use: 'export',
    width: 12,
    note: '导出时填写，导入时不读取（由收入记录计算）',
  },
  {
    key: 'incomeYear',
    header: '收入年度',
    kind: 'int',
    level: 'household',
    use: 'export',
    width: 10,
    note: '导出时填写，导入时不读取',
  },
  { key: 'name', header: '姓名', kind: 'text', level: 'member', use: 'data', required: true, width: 10 },
  {
    key: 'idNumber',
    header: '身份证号',
    kind: 'text',
    level: 'member',
    use: 'data',
    required: true,
    width: 21,
    note: '18 位，请以文本格式填写；性别和出生日期由身份证号得出；更新模式按身份证号找到成员',
  },
  {
    key: 'relation',
    header: '与户主关系',
    kind: 'enum',
    level: 'member',
    use: 'data',
    required: true,
    labels: RELATION_LABELS,
    width: 12,
    note: '每户有且只有一名户主',
  },
  { key: 'ethnicity', header: '民族', kind: 'text', level: 'member', use: 'data', width: 8 },
  {
    key: 'education',
    header: '文化程度',
    kind: 'enum',
    level: 'member',
    use: 'data',
    labels: EDUCATION_LABELS,
    width: 12,
  },
  {
    key: 'schoolingStage',
    header: '在校生状况',
    kind: 'enum',
    level: 'member',
    use: 'data',
    labels: SCHOOLING_STAGE_LABELS,
    width: 12,
    note: '不填为“非在校生”',
  },
  {
    key: 'healthStatus',
    header: '健康状况',
    kind: 'enum',
    level: 'member',
    use: 'data',
    labels: HEALTH_STATUS_LABELS,
    width: 12,
    note: '不填为“健康”',
  },
  {
    key: 'disabilityGrade',
    header: '残疾等级',
    kind: 'int',
    level: 'member',
    use: 'data',
    width: 8,
    note: '1-4；健康状况为“残疾”时必填',
  },
  {
    key: 'labourCapacity',
    header: '劳动技能',
    kind: 'enum',
    level: 'member',
    use: 'data',
    required: true,
    labels: LABOUR_CAPACITY_LABELS,
    width: 16,
  },
  { key: 'workPlace', header: '务工地点', kind: 'text', level: 'member', use: 'data', width: 12 },
  {
    key: 'workMonths',
    header: '务工时间（月）',
    kind: 'int',
    level: 'member',
    use: 'data',
    width: 12,
    note: '0-12，不填为 0',
  },
  {
    key: 'medicalInsurance',
    header: '参加医保',
    kind: 'bool',
    level: 'member',
    use: 'data',
    width: 8,
    note: '不填为“是”',
  },
  {
    key: 'criticalIllnessInsurance',
    header: '参加大病保险',
    kind: 'bool',
    level: 'member',
    use: 'data',
    width: 10,
    note: '不填为“是”',
  },
  { key: 'pensionInsurance', header: '参加养老保险', kind: 'bool', level: 'member', use: 'data', width: 10 },
  { key: 'memberMinimumLivingAllowance', header: '享受低保', kind: 'bool', level: 'member', use: 'data', width: 8 },
  { key: 'memberExtremePoverty', header: '特困供养', kind: 'bool', level: 'member', use: 'data', width: 8 },
  {
    key: 'householdVersion',
    header: '户数据版本',
    kind: 'int',
    level: 'household',
    use: 'version',
    width: 10,
    note: '导出时填写，请勿修改：更新模式据此发现导出后已被他人修改的农户（该户不更新，报告冲突）；新增导入时不读取',
  },
  {
    key: 'memberVersion',
    header: '成员数据版本',
    kind: 'int',
    level: 'member',
    use: 'version',
    width: 10,
    note: '导出时填写，请勿修改：同上，针对该成员',
  },
];

/** The columns the importer reads (export-only names and figures are ignored). */
export const IMPORTED_COLUMNS = HOUSEHOLD_COLUMNS.filter((c) => c.use !== 'export');

/** Columns whose text must stay text (Excel would round long digit strings). */
export const TEXT_COLUMNS = ['householdNumber', 'divisionCode', 'phone', 'idNumber'];

export const column = (key: string): ColumnSpec => HOUSEHOLD_COLUMNS.find((c) => c.key === key)!;

export const boolLabel = (value: boolean | null | undefined) =>
  value === null || value === undefined ? '' : value ? YES : NO;

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
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('formula' in value || 'sharedFormula' in value)
    return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
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
  /** The sheet has more rows than the reader was allowed to read (it stopped there). */
  tooManyRows?: boolean;
}

/** The data sheet's name in the template and in exports; the importer reads it (else the first sheet). */
export const DATA_SHEET = '农户信息';
/** The template's example household lives on its own sheet, which the importer never reads. */
export const EXAMPLE_SHEET = '填写示例';

/**
 * Reads the data sheet: header row 1 (in any column order), data from row 2, blank rows skipped;
 * a sheet of more than `maxRows` data rows is reported (`tooManyRows`) without building its rows.
 * Call it on a file checkZip has passed, which bounds what loading can unpack. Not exceljs's
 * streaming WorkbookReader: 4.4 decodes each inflated chunk on its own (parse-sax), so a Chinese
 * character split across two chunks reads as U+FFFD (5 of 3,000 names in a test file).
 */
export async function readHouseholdSheet(content: Buffer, maxRows = Number.MAX_SAFE_INTEGER): Promise<ReadResult> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  const sheet = workbook.getWorksheet(DATA_SHEET) ?? workbook.worksheets.find((w) => w.name !== EXAMPLE_SHEET);
  if (!sheet) return { rows: [], missingHeaders: IMPORTED_COLUMNS.filter((c) => c.required).map((c) => c.header) };
  const positions = headerPositions(sheet.getRow(1));
  const missingHeaders = IMPORTED_COLUMNS.filter((c) => c.required && !positions.some(([, s]) => s === c)).map(
    (c) => c.header,
  );
  if (sheet.actualRowCount - 1 > maxRows) return { rows: [], missingHeaders, tooManyRows: true };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const sheetRow = dataRow(row, positions);
    if (sheetRow) rows.push(sheetRow);
  });
  return { rows, missingHeaders };
}

function headerPositions(row: ExcelJS.Row): Array<[number, ColumnSpec]> {
  const byHeader = new Map(IMPORTED_COLUMNS.map((c) => [c.header, c]));
  const positions: Array<[number, ColumnSpec]> = [];
  row.eachCell((cell, col) => {
    const spec = byHeader.get(normalizeHeader(cellText(cell.value)));
    if (spec && !positions.some(([, s]) => s === spec)) positions.push([col, spec]);
  });
  return positions;
}

function dataRow(row: ExcelJS.Row, positions: Array<[number, ColumnSpec]>): SheetRow | null {
  const cells: Record<string, string> = {};
  const inexact = new Set<string>();
  let blank = true;
  for (const [col, spec] of positions) {
    const value = row.getCell(col).value;
    const text = cellText(value);
    cells[spec.key] = text;
    if (text !== '' && spec.use === 'data') blank = false;
    if (typeof value === 'number' && Number.isInteger(value) && !Number.isSafeInteger(value)) inexact.add(spec.key);
  }
  return blank ? null : { row: row.number, cells, inexact };
}

/** Rows of the list validations in the template: enough for a village's households. */
const TEMPLATE_ROWS = 5000;

/** The sample household of the 填写示例 sheet (a fictitious ID number that passes the checksum). */
const EXAMPLE_ROWS: Array<Record<string, string | number>> = [
  {
    householdNumber: '15012110020199001',
    countyName: '土默特左旗',
    townshipName: '察素齐镇',
    villageName: '示例村',
    divisionCode: '150121100201',
    address: '新村路 8 号',
    phone: '13900000000',
    registrationStatus: REGISTRATION_STATUS_LABELS.LIFTED_OUT,
    liftedOutYear: 2019,
    noLabourCapacity: NO,
    minimumLivingAllowance: NO,
    extremePoverty: NO,
    relocated: NO,
    name: '张三',
    idNumber: '150121197001019013',
    relation: RELATION_LABELS.HEAD,
    ethnicity: '汉族',
    education: EDUCATION_LABELS.JUNIOR_HIGH,
    schoolingStage: SCHOOLING_STAGE_LABELS.NOT_IN_SCHOOL,
    healthStatus: HEALTH_STATUS_LABELS.HEALTHY,
    labourCapacity: LABOUR_CAPACITY_LABELS.ORDINARY,
    workPlace: '呼和浩特市',
    workMonths: 6,
    medicalInsurance: YES,
    criticalIllnessInsurance: YES,
    pensionInsurance: YES,
    memberMinimumLivingAllowance: NO,
    memberExtremePoverty: NO,
  },
  {
    householdNumber: '15012110020199001',
    name: '李四',
    idNumber: '150121197203040021',
    relation: RELATION_LABELS.SPOUSE,
    ethnicity: '汉族',
    education: EDUCATION_LABELS.PRIMARY,
    schoolingStage: SCHOOLING_STAGE_LABELS.NOT_IN_SCHOOL,
    healthStatus: HEALTH_STATUS_LABELS.DISABLED,
    disabilityGrade: 3,
    labourCapacity: LABOUR_CAPACITY_LABELS.WEAK,
    workMonths: 0,
    medicalInsurance: YES,
    criticalIllnessInsurance: YES,
    pensionInsurance: YES,
    memberMinimumLivingAllowance: NO,
    memberExtremePoverty: NO,
  },
];

/** Header cells of columns the importer does not read are grey, so people see they are for information. */
const EXPORT_ONLY_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEDEDED' } };

/**
 * The import template: an empty 农户信息 sheet with the export's headers and drop-down lists, a
 * 填写示例 sheet with a sample household (never imported: the importer reads only 农户信息), and
 * a 填写说明 sheet.
 */
export async function buildTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  styleHeader(sheet);
  // ID numbers and codes are text: as numbers Excel would round the last digits away.
  for (const key of TEXT_COLUMNS) sheet.getColumn(key).numFmt = '@';
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }
  ).dataValidations;
  HOUSEHOLD_COLUMNS.forEach((c, i) => {
    const letter = sheet.getColumn(i + 1).letter;
    const list =
      c.kind === 'enum'
        ? Object.values(c.labels!)
        : c.kind === 'bool'
          ? [YES, NO]
          : c.key === 'disabilityGrade'
            ? ['1', '2', '3', '4']
            : null;
    if (!list || c.use !== 'data') return;
    validations.add(`${letter}2:${letter}${TEMPLATE_ROWS + 1}`, {
      type: 'list',
      allowBlank: !c.required,
      formulae: [`"${list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: '取值不正确',
      error: `请从下拉列表中选择：${list.join('、')}`,
    });
  });

  const example = workbook.addWorksheet(EXAMPLE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  example.columns = HOUSEHOLD_COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  styleHeader(example);
  for (const row of EXAMPLE_ROWS) example.addRow(row);
  example.addRow({});
  example.addRow({ householdNumber: '本页仅为示例，导入时不读取；请在“农户信息”页填写。' }).font = {
    italic: true,
    color: { argb: 'FF888888' },
  };

  const help = workbook.addWorksheet('填写说明');
  help.columns = [
    { header: '列名', width: 16 },
    { header: '是否必填', width: 10 },
    { header: '说明', width: 80 },
  ];
  styleHeader(help);
  help.addRow([
    '（通则）',
    '',
    '在“农户信息”页每行填写一名家庭成员，同一户的成员填写相同户编号；户的信息（所在村代码至易地搬迁户）以该户第一行为准。“填写示例”页仅供参考，导入时不读取。任一行有错误时整批不导入（可选择“只导入无误的农户”）。',
  ]);
  help.addRow([
    '（更新模式）',
    '',
    '把导出的文件改正后按“更新已有农户”导入：按户编号和身份证号找到农户和成员，先预览将要修改的内容，确认后才写入；导出后已被他人修改的农户报告冲突、不更新。成员增减、迁户请在一户一档中办理。',
  ]);
  for (const c of HOUSEHOLD_COLUMNS) {
    const values =
      c.use === 'data'
        ? c.kind === 'enum'
          ? `可选：${Object.values(c.labels!).join('、')}`
          : c.kind === 'bool'
            ? '填“是”或“否”'
            : ''
        : '';
    help.addRow([c.header, c.required ? '必填' : '', [values, c.note].filter(Boolean).join('；')]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  if (sheet.name === '填写说明') return;
  HOUSEHOLD_COLUMNS.forEach((c, i) => {
    if (c.use !== 'data') header.getCell(i + 1).fill = EXPORT_ONLY_FILL;
  });
}

export interface SheetColumn {
  key: string;
  header: string;
  width: number;
  /** Text format (codes, ID numbers) so a corrected cell stays text. */
  text?: boolean;
}

export const householdSheetColumns = (): SheetColumn[] =>
  HOUSEHOLD_COLUMNS.map((c) => ({ key: c.key, header: c.header, width: c.width, text: TEXT_COLUMNS.includes(c.key) }));

/** A small workbook in memory (an import's error list): rows of cells under the given headers. */
export async function smallWorkbook(
  sheetName: string,
  columns: readonly SheetColumn[],
  rows: Array<Record<string, string | number | null>>,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // Text cells neutralised as in every export (common/formula.ts).
  for (const row of rows)
    sheet.addRow(
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v])),
    );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
