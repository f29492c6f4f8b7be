import type { Context } from '../context';
import { AuditAction } from '../audit/audit-entry.entity';
import { isInJurisdiction } from '../auth/access';
import { conflict, type AppError } from '../common/errors';

/** A record that already holds a value that must be unique across the whole system. */
export interface Holder {
  entityName: string;
  id: string;
  divisionCode: string;
  /** The clashing value, logged under its field name (so the log masks it like the field). */
  value: string;
}

/**
 * Uniqueness is checked across the whole system (one person, one active registration; 户编号 and
 * usernames are global), but where or whose a value is outside the actor's jurisdiction is not
 * theirs to learn. Clashes inside get the helpful message; clashes outside are refused with a
 * message that names no place, person or digits, and the attempt is logged for the division that
 * holds the record (its auditor sees who tried).
 */
export function takenError(
  ctx: Context,
  holders: readonly Holder[],
  field: string,
  messages: { inside: (inside: Holder[]) => string; outside: string },
): AppError {
  const actor = ctx.actor!;
  const inside = holders.filter((h) => isInJurisdiction(actor, h.divisionCode));
  const outside = holders.filter((h) => !isInJurisdiction(actor, h.divisionCode));
  for (const holder of outside) {
    ctx.audit.event({
      action: AuditAction.DUPLICATE_ATTEMPT,
      entityName: holder.entityName,
      entityId: holder.id,
      divisionCode: holder.divisionCode,
      changes: { [field]: holder.value },
    });
  }
  const parts = [...(inside.length ? [messages.inside(inside)] : []), ...(outside.length ? [messages.outside] : [])];
  return conflict(parts.join('；'));
}
