import { describe, expect, it } from 'vitest';
import { guestRequestInput } from './event-guests.ts';

const occurrenceId = '0b6f6a52-8d8e-4a43-9a55-5c2b1f0b7f10';

describe('the guest registration form', () => {
	it('takes a name and an address, trimmed and lower-cased', () => {
		const parsed = guestRequestInput.parse({ occurrenceId, name: '  Samira Haddad ', email: ' Samira@Exemple.ORG ' });
		expect(parsed).toEqual({ occurrenceId, name: 'Samira Haddad', email: 'samira@exemple.org' });
	});

	it('refuses an empty or marked-up name, a bad address and an unknown occurrence, field by field', () => {
		const issues = (values: Record<string, string>) =>
			guestRequestInput.safeParse(values).error?.issues.map((i) => `${String(i.path[0])}:${i.message}`);
		expect(issues({ occurrenceId, name: '', email: 'a@b.fr' })).toEqual(['name:required']);
		expect(issues({ occurrenceId, name: '<script>alert(1)</script>', email: 'a@b.fr' })).toEqual(['name:no_markup']);
		expect(issues({ occurrenceId, name: 'x'.repeat(81), email: 'a@b.fr' })).toEqual(['name:too_long']);
		expect(issues({ occurrenceId, name: 'Samira', email: 'pas-une-adresse' })).toEqual(['email:email']);
		// NUL would reach PostgreSQL, which refuses it in text: an error page instead of a sentence.
		expect(issues({ occurrenceId, name: 'Samira', email: 'sam\u0000ira@exemple.org' })).toEqual(['email:email']);
		expect(issues({ occurrenceId: 'x', name: 'Samira', email: 'a@b.fr' })).toEqual(['occurrenceId:unknown_choice']);
	});
});
