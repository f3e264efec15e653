// PostgreSQL statements prepared once per connection, then only bound and executed (decision 025).
// drizzle asks postgres.js for unnamed statements (`prepare: false`) unless a query is given a name; for a query
// with parameters postgres.js then waits for the server to describe them before sending the values: two round
// trips, and the SQL parsed again, for every query. Prepared, a query seen before on that connection is one
// round trip. postgres.js recycles its connections (and so their statements) every 30 to 60 minutes.
import type postgres from 'postgres';

type Client = postgres.Sql;

/** The client, with every query prepared: the plain ones, and those of transactions and savepoints. */
export function preparingStatements(client: Client): Client {
	return new Proxy(client, {
		get(target, key) {
			if (key === 'unsafe') {
				return (query: string, parameters?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
					target.unsafe(query, parameters, { ...options, prepare: true });
			}
			const value = Reflect.get(target, key, target);
			if (key !== 'begin' && key !== 'savepoint') return typeof value === 'function' ? value.bind(target) : value;
			// The transaction's own client (the last argument's argument) prepares its queries too.
			return (...args: unknown[]) => {
				const body = args.pop() as (tx: Client) => unknown;
				return value.call(target, ...args, (tx: Client) => body(preparingStatements(tx)));
			};
		}
	});
}
