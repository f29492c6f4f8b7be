import { UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Context } from '../context';
import type { Actor } from '../auth/actor';
import { can } from '../auth/access';
import { Permission } from '../auth/permission';

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

/**
 * Marks a field as personal information (个人信息保护法): shown masked unless the actor holds
 * `pii.read` (and jurisdiction already limits whose records they can reach); each unmasked value
 * shown is recorded in the audit log with the record and field.
 */
export function Sensitive(kind: SensitiveKind) {
  const mask: MiddlewareFn<Context> = async ({ root, context, info }, next) => {
    const value: unknown = await next();
    if (value === null || value === undefined || value === '') return value;
    if (!mayReadPersonalData(context.actor)) return MASKS[kind](String(value));
    const record = root as { id?: string; divisionCode?: string; constructor: { name: string } };
    context.audit.piiRead(record.constructor.name, String(record.id ?? ''), record.divisionCode ?? context.actor!.divisionCode, info.fieldName);
    return value;
  };
  return UseMiddleware(mask);
}
