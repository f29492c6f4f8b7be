/** Ids are UUIDs: anything else is answered NOT_FOUND without asking the database. */
export const isUuid = (value: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

/** The most rows one request may name by id (the rows ticked in a list). */
export const MAX_SELECTED_IDS = 1000;

/** A selection as a Postgres uuid[] literal; ids that are not UUIDs cannot match a row and are left out. */
export const uuidArray = (ids: readonly string[]) => `{${ids.filter(isUuid).join(',')}}`;
