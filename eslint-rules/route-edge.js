// ESLint rule `entrelien/route-edge` (issue 12, decision 010): every `load`, form action and `+server.ts` handler
// of src/routes goes through the edge (src/lib/server/web/). Its body must call `guard` (a load or a handler),
// `handleForm` (an action) or `handleQuery`, so that who asks, the query, the form and the refusals are read and
// answered in one way. The imports and member accesses that would bypass the edge are refused by the
// `no-restricted-imports` and `no-restricted-syntax` settings next to this rule in eslint.config.js.

const EDGE_CALLS = new Set(['guard', 'handleForm', 'handleQuery']);
const HANDLERS = new Set(['load', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'fallback']);
const FUNCTION = new Set(['ArrowFunctionExpression', 'FunctionExpression', 'FunctionDeclaration']);

/** Whether `node` calls one of the edge's entry points somewhere inside it. */
function callsEdge(node) {
	if (!node || typeof node.type !== 'string') return false;
	if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && EDGE_CALLS.has(node.callee.name)) {
		return true;
	}
	for (const [key, value] of Object.entries(node)) {
		if (key === 'parent') continue;
		if (Array.isArray(value) ? value.some(callsEdge) : value && typeof value === 'object' && callsEdge(value)) {
			return true;
		}
	}
	return false;
}

/** @type {import('eslint').Rule.RuleModule} */
const routeEdge = {
	meta: {
		type: 'problem',
		docs: { description: 'A route’s load, actions and handlers go through the edge (guard, handleForm, handleQuery).' },
		schema: [],
		messages: {
			bypass:
				'`{{name}}` must go through the edge: wrap it in guard(event, …) (load, +server.ts) or handleForm(event, schema, …) (action), from src/lib/server/web/ (decision 010).',
			inline: '`{{name}}` must be written here, as a function, so that the edge check can read it.'
		}
	},
	create(context) {
		const check = (fn, name, at) => {
			if (!fn || !FUNCTION.has(fn.type)) context.report({ node: at, messageId: 'inline', data: { name } });
			else if (!callsEdge(fn.body)) context.report({ node: at, messageId: 'bypass', data: { name } });
		};
		return {
			ExportNamedDeclaration(node) {
				const declaration = node.declaration;
				for (const specifier of node.specifiers ?? []) {
					const name = specifier.exported.name;
					if (HANDLERS.has(name) || name === 'actions')
						context.report({ node: specifier, messageId: 'inline', data: { name } });
				}
				if (declaration?.type === 'FunctionDeclaration' && HANDLERS.has(declaration.id?.name)) {
					check(declaration, declaration.id.name, declaration);
				}
				if (declaration?.type !== 'VariableDeclaration') return;
				for (const declarator of declaration.declarations) {
					const name = declarator.id.type === 'Identifier' ? declarator.id.name : '';
					const init = declarator.init?.type === 'TSSatisfiesExpression' ? declarator.init.expression : declarator.init;
					if (HANDLERS.has(name)) check(init, name, declarator);
					if (name !== 'actions') continue;
					if (init?.type !== 'ObjectExpression') {
						context.report({ node: declarator, messageId: 'inline', data: { name } });
						continue;
					}
					for (const property of init.properties) {
						const action =
							property.type === 'Property' ? `actions.${property.key.name ?? property.key.value}` : 'actions';
						check(property.type === 'Property' ? property.value : null, action, property);
					}
				}
			}
		};
	}
};

export default { rules: { 'route-edge': routeEdge } };
