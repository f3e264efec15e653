// The field components rendered on the server, as a browser without JavaScript receives them: every control is
// named by its label or legend, its hint and error are the ids it lists in aria-describedby, it is marked invalid
// with an error, required the same way everywhere, and it posts the values it was given.
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import CheckboxField from './CheckboxField.svelte';
import ChoiceField from './ChoiceField.svelte';
import Field from './Field.svelte';
import SelectField from './SelectField.svelte';

type Tag = { name: string; attrs: Record<string, string>; index: number };

/** The opening tags of an HTML string, with their attributes (enough for Svelte's own output). */
function tags(html: string, name?: string): Tag[] {
	const found: Tag[] = [];
	for (const match of html.matchAll(/<([a-z]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>/g)) {
		const attrs: Record<string, string> = {};
		for (const attr of match[2].matchAll(/([a-z-]+)(?:="([^"]*)")?/g)) attrs[attr[1]] = attr[2] ?? '';
		if (!name || match[1] === name) found.push({ name: match[1], attrs, index: match.index });
	}
	return found;
}

const ids = (html: string) => new Set(tags(html).flatMap((t) => (t.attrs.id ? [t.attrs.id] : [])));

/** Every id an aria-describedby names exists in the page. */
function expectDescriptionsExist(html: string) {
	const present = ids(html);
	for (const tag of tags(html)) {
		for (const id of (tag.attrs['aria-describedby'] ?? '').split(' ').filter(Boolean)) {
			expect(present, `${tag.name} describedby ${id}`).toContain(id);
		}
	}
}

/** The page's HTML without Svelte's hydration markers (comments). */
function body<Props extends Record<string, unknown>>(component: Component<Props>, props: Props): string {
	return render(component, { props }).body.replace(/<!--.*?-->/g, '');
}

describe('Field', () => {
	it('ties its label, hint and error to the input, and marks it invalid only with an error', () => {
		const html = body(Field, { name: 'title', label: 'Titre', hint: 'Court', error: 'Trop long', value: 'Vélo' });
		const [label] = tags(html, 'label');
		const [input] = tags(html, 'input');
		expect(label.attrs.for).toBe('field-title');
		expect(input.attrs).toMatchObject({ id: 'field-title', name: 'title', value: 'Vélo', 'aria-invalid': 'true' });
		expect(input.attrs['aria-describedby']).toBe('field-title-hint field-title-error');
		expectDescriptionsExist(html);
		expect(html).toContain('>Trop long<');

		const calm = tags(body(Field, { name: 'title', label: 'Titre' }), 'input')[0];
		expect(calm.attrs['aria-invalid']).toBeUndefined();
		expect(calm.attrs['aria-describedby']).toBeUndefined();
	});

	it('renders dates, numbers, text areas and files with the same links', () => {
		for (const type of ['date', 'datetime-local', 'time', 'number', 'file'] as const) {
			const html = body(Field, { name: 'when', idPrefix: 'evt', label: 'Quand', type, hint: 'Aide', error: 'Non' });
			const [input] = tags(html, 'input');
			expect(input.attrs).toMatchObject({ type, id: 'evt-when', 'aria-describedby': 'evt-when-hint evt-when-error' });
			expectDescriptionsExist(html);
		}
		const area = body(Field, { name: 'about', label: 'À propos', type: 'textarea', value: 'Bonjour', error: 'Non' });
		expect(tags(area, 'textarea')[0].attrs).toMatchObject({ id: 'field-about', 'aria-invalid': 'true' });
		expect(area).toContain('>Bonjour</textarea>');
	});

	it('marks a required field with the star for the eye and the word for screen readers', () => {
		const html = body(Field, { name: 'title', label: 'Titre', required: true });
		expect(html).toMatch(/<span aria-hidden="true"> \*<\/span><span class="visually-hidden"> \(obligatoire\)<\/span>/);
		expect(tags(html, 'input')[0].attrs).toHaveProperty('required');
	});
});

describe('SelectField', () => {
	const groups = [
		{ label: 'Ses savoirs', options: [{ value: 'b', label: 'Plomberie' }] },
		{
			label: 'Bricolage',
			options: [
				{ value: 'a', label: 'Étagères' },
				{ value: 'b', label: 'Plomberie' }
			]
		}
	];

	it('links its label, hint and error, and selects the chosen value once, under its first heading', () => {
		const html = body(SelectField, {
			name: 'skillId',
			label: 'Quel savoir ?',
			placeholder: 'Choisir…',
			groups,
			value: 'b',
			hint: 'Un seul',
			error: 'Choisissez'
		});
		expect(tags(html, 'label')[0].attrs.for).toBe('field-skillId');
		expect(tags(html, 'select')[0].attrs).toMatchObject({
			id: 'field-skillId',
			name: 'skillId',
			'aria-invalid': 'true',
			'aria-describedby': 'field-skillId-hint field-skillId-error'
		});
		expectDescriptionsExist(html);
		const options = tags(html, 'option');
		expect(options.map((o) => o.attrs.value)).toEqual(['', 'b', 'a', 'b']);
		expect(options.map((o) => 'selected' in o.attrs)).toEqual([false, true, false, false]);
		expect(tags(html, 'optgroup').map((g) => g.attrs.label)).toEqual(['Ses savoirs', 'Bricolage']);
	});
});

describe('ChoiceField', () => {
	const options = [
		{ value: 'open', label: 'Ouvert' },
		{ value: 'approval', label: 'Sur demande' }
	];

	it('is a fieldset whose legend asks the question and whose description is the hint and the error', () => {
		const html = body(ChoiceField, {
			type: 'radio',
			name: 'joinPolicy',
			label: 'Qui peut rejoindre ?',
			options,
			value: 'approval',
			hint: 'Modifiable',
			error: 'Choisissez',
			required: true
		});
		const [fieldset] = tags(html, 'fieldset');
		expect(fieldset.attrs['aria-describedby']).toBe('field-joinPolicy-hint field-joinPolicy-error');
		expectDescriptionsExist(html);
		expect(html).toMatch(/<legend>Qui peut rejoindre \?<span aria-hidden="true"> \*<\/span>/);
		const inputs = tags(html, 'input');
		expect(inputs.map((i) => [i.attrs.type, i.attrs.name, i.attrs.value, 'checked' in i.attrs])).toEqual([
			['radio', 'joinPolicy', 'open', false],
			['radio', 'joinPolicy', 'approval', true]
		]);
		expect(inputs.every((i) => i.attrs['aria-invalid'] === 'true')).toBe(true);
		// Each choice is named by the label that wraps it.
		expect(html).toMatch(/<label class="radio"><input[^>]*value="open"[^>]*\/>\s*Ouvert<\/label>/);
	});

	it('posts checkboxes under one name, ticked from a list, and is never required box by box', () => {
		const html = body(ChoiceField, {
			type: 'checkbox',
			name: 'learnerAccountIds',
			label: 'Qui a appris ?',
			options,
			value: ['open', 'approval'],
			required: true
		});
		const inputs = tags(html, 'input');
		expect(inputs.map((i) => [i.attrs.type, i.attrs.name, 'checked' in i.attrs, 'required' in i.attrs])).toEqual([
			['checkbox', 'learnerAccountIds', true, false],
			['checkbox', 'learnerAccountIds', true, false]
		]);
		expect(tags(html, 'fieldset')[0].attrs['aria-describedby']).toBeUndefined();
	});

	it('says so when there is nothing to choose', () => {
		const html = body(ChoiceField, {
			type: 'checkbox',
			name: 'skillIds',
			label: 'Savoirs',
			options: [],
			empty: 'Aucun'
		});
		expect(html).toContain('<p class="hint">Aucun</p>');
		expect(tags(html, 'input')).toEqual([]);
	});
});

describe('CheckboxField', () => {
	it('wraps its box in its label and links the hint and the error', () => {
		const html = body(CheckboxField, {
			name: 'confirm',
			label: 'Je confirme',
			value: 'oui',
			hint: 'Irréversible',
			error: 'Cochez la case'
		});
		const [input] = tags(html, 'input');
		expect(input.attrs).toMatchObject({
			type: 'checkbox',
			name: 'confirm',
			value: 'oui',
			'aria-invalid': 'true',
			'aria-describedby': 'field-confirm-hint field-confirm-error'
		});
		expect('checked' in input.attrs).toBe(false);
		expectDescriptionsExist(html);
		expect(html).toMatch(/<label class="radio"><input[^>]*\/>\s*Je confirme<\/label>/);
		expect(
			'checked' in tags(body(CheckboxField, { name: 'hidden', label: 'Cacher', checked: true }), 'input')[0].attrs
		).toBe(true);
	});
});
