import { overdueLoans } from '#lib/server/library/overdue-loans.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

// The front desk's overdue loans, each with « Écrire à … » (a conversation through the app) (decision 030).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ loans: await overdueLoans(scopeOf(event)) }));
