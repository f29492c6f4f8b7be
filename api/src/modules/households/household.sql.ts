import { uuidArray } from '../../common/ids';
import { escapeLike } from '../../common/text';
import { divisionCondition } from '../../jurisdiction/division-list';
import { SqlFragment } from '../../jurisdiction/scoped-sql';
import type { HouseholdFilter } from './household.inputs';

const FLAGS = {
  noLabourCapacity: 'no_labour_capacity',
  minimumLivingAllowance: 'minimum_living_allowance',
  extremePoverty: 'extreme_poverty',
  relocated: 'relocated',
} as const;

/**
 * The list filter as conditions on `household h` (the one definition: the list and the export use
 * it). No scope predicate: the list adds `inScope`, the export's query builder the ORM filter.
 */
export function householdConditions(filter: HouseholdFilter): SqlFragment {
  const parts: string[] = ['true'];
  const params: unknown[] = [];
  const add = (text: string, ...values: unknown[]) => {
    parts.push(text);
    params.push(...values);
  };
  const division = divisionCondition(filter.divisionCode).divisionCode;
  if (division) add('h.division_code like ?', division.$like);
  if (filter.status) add('h.status = ?', filter.status);
  if (filter.ids) add('h.id = any(?::uuid[])', uuidArray(filter.ids));
  const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  if (filter.registrationStatuses?.length)
    add(`h.registration_status in (${list(filter.registrationStatuses)})`, ...filter.registrationStatuses);
  if (filter.monitoringCategories?.length)
    add(`h.monitoring_category in (${list(filter.monitoringCategories)})`, ...filter.monitoringCategories);
  else if (filter.monitored === true) add('h.monitoring_category is not null');
  if (filter.monitored === false) add('h.monitoring_category is null');
  for (const [flag, column] of Object.entries(FLAGS) as Array<[keyof typeof FLAGS, string]>) {
    if (filter[flag] !== undefined && filter[flag] !== null) add(`h.${column} = ?`, filter[flag]);
  }
  if (filter.perCapitaIncomeMin !== undefined && filter.perCapitaIncomeMin !== null)
    add('h.per_capita_net_income >= ?', filter.perCapitaIncomeMin);
  if (filter.perCapitaIncomeMax !== undefined && filter.perCapitaIncomeMax !== null)
    add('h.per_capita_net_income <= ?', filter.perCapitaIncomeMax);
  const search = filter.search?.trim();
  if (search) {
    const prefix = `${escapeLike(search)}%`;
    const tail = /^\d{3}[\dXx]$/.test(search) ? search.toUpperCase() : null;
    add(
      `(h.household_number like ? or exists (select 1 from household_member m where m.household_id = h.id and m.status = 'ACTIVE' and (m.name like ?${tail ? ' or right(m.id_number, 4) = ?' : ''})))`,
      ...(tail ? [prefix, prefix, tail] : [prefix, prefix]),
    );
  }
  return new SqlFragment(parts.join(' and '), params);
}
