// The Drizzle fact behind `qualified()` and a check of the whole server code for the pattern it replaces.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { sql } from 'drizzle-orm';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { db } from './client.ts';
import { qualified } from './qualified.ts';
import { eventOccurrences } from './schema/index.ts';

const SERVER = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(path);
		return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
	});
}

/**
 * Every `${table.column}` written inside a `sql` template that holds a subquery (`select`, `exists`), where
 * `table` is imported from the schema: the pattern that names the wrong row when the outer select has one table.
 */
function bareColumnsInSubqueries(path: string): string[] {
	const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
	const tables = new Set<string>();
	for (const statement of file.statements) {
		if (!ts.isImportDeclaration(statement) || !/db\/schema|\.\/schema\//.test(statement.moduleSpecifier.getText())) {
			continue;
		}
		const names = statement.importClause?.namedBindings;
		if (names && ts.isNamedImports(names)) for (const n of names.elements) tables.add(n.name.text);
	}
	const found: string[] = [];
	const visit = (node: ts.Node) => {
		if (
			ts.isTaggedTemplateExpression(node) &&
			node.tag.getText().startsWith('sql') &&
			ts.isTemplateExpression(node.template) &&
			/\b(select|exists)\b/i.test(node.template.getText())
		) {
			for (const span of node.template.templateSpans) {
				const e = span.expression;
				if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) && tables.has(e.expression.text)) {
					const line = file.getLineAndCharacterOfPosition(e.getStart()).line + 1;
					found.push(`${relative(SERVER, path)}:${line} \${${e.getText()}}`);
				}
			}
		}
		ts.forEachChild(node, visit);
	};
	visit(file);
	return found;
}

describe('columns of the outer query inside a subquery', () => {
	it('Drizzle writes them bare in a one-table select; qualified() keeps the table name', () => {
		const query = db()
			.select({
				bare: sql<number>`(select count(*) from event_registrations r where r.occurrence_id = ${eventOccurrences.id})`,
				named: sql<number>`(select count(*) from event_registrations r
					where r.occurrence_id = ${qualified(eventOccurrences.id)})`
			})
			.from(eventOccurrences)
			.toSQL().sql;
		expect(query).toContain('r.occurrence_id = "id")');
		expect(query).toContain('r.occurrence_id = "event_occurrences"."id")');
	});

	it('no server code interpolates a schema column in a subquery without qualified()', () => {
		const found = sourceFiles(SERVER).flatMap(bareColumnsInSubqueries);
		expect(found).toEqual([]);
	});
});
