import { getTableName, sql, type Column, type SQL } from 'drizzle-orm';

/**
 * A column written with its table's name, `"event_occurrences"."id"`, whatever query it ends up in: the way to
 * name an OUTER row's column inside a correlated subquery of a `sql` fragment (decision 022, « Counts in
 * subqueries »).
 *
 * Why: in the select list of a one-table `select … from t` (and in `returning`), Drizzle writes the columns that a
 * `sql` field interpolates WITHOUT their table name. Inside `(select count(*) from t r where r.x = ${t.id})` the
 * bare `"id"` then names the subquery's own row, so the count silently ignores the outer row (a count always 0, a
 * waiting-list position always 1). The rule, checked by `qualified.test.ts`: give the subquery's table an alias
 * (`from event_registrations r`), write its columns by hand (`r.occurrence_id`), and interpolate the outer
 * columns through `qualified()` — never a bare `${table.column}` inside a subquery.
 */
export function qualified(column: Column): SQL {
	return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
