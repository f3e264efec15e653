import { coordinationTodo } from '#lib/server/networks/coordination-todo.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = (event) =>
	guard(event, async () => ({ todo: await coordinationTodo(scopeOf(event)) }));
