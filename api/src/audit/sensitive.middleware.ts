import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import type { Actor } from '../auth/actor';
import { can } from '../auth/access';
import { Permission } from '../auth/permission';
import { parseIdNumber } from '../modules/households/id-number';
import { entityNameOf } from '../common/plain-rows';

export type SensitiveKind = 'idNumber' | 'phone' | 'health';

/** 1501**********123X: region and tail stay readable so officers can tell people apart. */
export function maskIdNumber(value: string): string {
  if (value.length <= 8) return '*'.repeat(value.length);
  return value.slice(0, 4) + '*'.repeat(value.length - 8) + value.slice(-4);
}

export function maskPhone(value: string): string {
  if (value.length < 7) return '*'.repeat(value.length);
  return value.slice(0, 3) + '*'.repeat(value.length - 7) + value.slice(-4);
}

/** The one rule for showing personal data unmasked (fields, exports, change history). */
export const mayReadPersonalData = (actor: Actor | null | undefined) => can(actor, Permission.PII_READ);

/** Health details are enums and grades: withheld entirely (null) rather than shown partly. */
const MASKS: Record<SensitiveKind, (value: string) => string | null> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  health: () => null,
};

/** The one masking of a personal value, for a field, an export cell or a value in a logged change. */
export function maskValue(kind: SensitiveKind, value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  return MASKS[kind](String(value));
}

/** Entity class name → its @Sensitive fields: the audit log masks values of these fields by the same rule. */
const SENSITIVE_FIELDS = new Map<string, Map<string, SensitiveKind>>();

export const sensitiveKindOf = (entityName: string, field: string): SensitiveKind | undefined =>
  SENSITIVE_FIELDS.get(entityName)?.get(field);

/** An ID number anywhere else in a logged value (e.g. a batch's unmatched list) is masked too. */
const ID_NUMBER_LIKE = /\d{17}[\dXx]/g;
function maskIdNumbersIn(value: unknown): unknown {
  if (typeof value === 'string') {
    return value.replace(ID_NUMBER_LIKE, (found) => ('error' in parseIdNumber(found) ? found : maskIdNumber(found)));
  }
  if (Array.isArray(value)) return value.map(maskIdNumbersIn);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskIdNumbersIn(v)]));
  return value;
}

/**
 * A copy of an audit entry's `changes` (`{field: value}` or `{field: [before, after]}`) with
 * personal values masked as the live fields are, for readers who may not see them in clear.
 */
export function maskLoggedChanges(
  entityName: string,
  changes: Record<string, unknown> | null | undefined,
): Record<string, unknown> | null {
  if (!changes) return null;
  return Object.fromEntries(
    Object.entries(changes).map(([field, value]) => {
      const kind = sensitiveKindOf(entityName, field);
      if (!kind) return [field, maskIdNumbersIn(value)];
      return [field, Array.isArray(value) ? value.map((v) => maskValue(kind, v)) : maskValue(kind, value)];
    }),
  );
}

/** Logged fields of an entry that masking changes: what an unmasked view of it shows (and records). */
export function personalFieldsIn(entityName: string, changes: Record<string, unknown> | null | undefined): string[] {
  if (!changes) return [];
  const masked = maskLoggedChanges(entityName, changes)!;
  return Object.keys(changes)
    .filter((field) => JSON.stringify(masked[field]) !== JSON.stringify(changes[field]))
    .sort();
}

/**
 * Marks a field as personal information (个人信息保护法): shown masked unless the actor holds
 * `pii.read` (and jurisdiction already limits whose records they can reach); each unmasked value
 * shown is recorded in the audit log with the record and field.
 */
export function Sensitive(kind: SensitiveKind): PropertyDecorator & MethodDecorator {
  const mask: MiddlewareFn<Context> = async ({ root, context, info }, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined || value === '') return value;
    if (!mayReadPersonalData(context.actor)) return maskValue(kind, value);
    const record = root as { id?: string; divisionCode?: string };
    context.audit.piiRead(
      entityNameOf(root as object),
      String(record.id ?? ''),
      record.divisionCode ?? context.actor!.divisionCode,
      info.fieldName,
    );
    return value;
  };
  const middleware = UseMiddleware(mask);
  return ((target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    const entityName = (target as { constructor: { name: string } }).constructor.name;
    if (!SENSITIVE_FIELDS.has(entityName)) SENSITIVE_FIELDS.set(entityName, new Map());
    SENSITIVE_FIELDS.get(entityName)!.set(String(key), kind);
    (middleware as MethodDecorator)(target, key, descriptor as PropertyDescriptor);
  }) as PropertyDecorator & MethodDecorator;
}

/**
 * Health-derived values computed in SQL rather than read from a @Sensitive field (e.g. why a household
 * is a priority household): the same rule as the fields. Readers with pii.read get them, each row
 * audited as a PII_READ of `field`; everyone else gets them withheld.
 */
export function revealHealthDerived<T extends { householdId: string; divisionCode: string }>(
  ctx: Context,
  rows: T[],
  field: string,
  withhold: (row: T) => T,
): T[] {
  if (!mayReadPersonalData(ctx.actor)) return rows.map(withhold);
  for (const row of rows) ctx.audit.piiRead('Household', row.householdId, row.divisionCode, field);
  return rows;
}
