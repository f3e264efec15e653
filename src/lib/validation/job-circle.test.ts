import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromParisWallTime } from '../paris-time.ts';
import { checkinInput, foundInput, leadInput, leadMarkInput } from './job-circle.ts';

const fr: Record<string, string> = JSON.parse(
	readFileSync(new URL('../../../messages/fr.json', import.meta.url), 'utf8')
);

const codes = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
	result.error?.issues.map((issue) => [String(issue.path[0]), issue.message]) ?? [];

describe('the weekly check-in form', () => {
	it('reads the interview as Paris wall-clock time and keeps both texts optional', () => {
		const parsed = checkinInput.parse({ done: '  Deux candidatures ', need: '', interviewAt: '2026-12-03T10:00' });
		expect(parsed).toEqual({
			done: 'Deux candidatures',
			need: '',
			interviewAt: fromParisWallTime({ year: 2026, month: 12, day: 3, hour: 10, minute: 0, second: 0 })
		});
		expect(checkinInput.parse({ need: 'Un CV relu' })).toEqual({ done: '', need: 'Un CV relu', interviewAt: null });
	});

	it('refuses an empty check-in, a date that is not one, and a text over the limit', () => {
		expect(codes(checkinInput.safeParse({ done: ' ', need: '' }))).toEqual([['done', 'job_checkin_empty']]);
		expect(codes(checkinInput.safeParse({ done: 'Oui', interviewAt: 'jeudi' }))).toEqual([['interviewAt', 'job_date']]);
		expect(codes(checkinInput.safeParse({ done: 'x'.repeat(501) }))).toEqual([['done', 'too_long']]);
	});
});

describe('the job lead form', () => {
	const lead = {
		title: 'Vendeuse en boulangerie',
		employer: 'Boulangerie du Parc',
		place: 'Nanterre',
		contract: 'cdd',
		url: 'https://emploi.example.org/offre/42',
		closesOn: '31/12/2026'
	};

	it('takes a day typed as on a phone and an http(s) link', () => {
		expect(leadInput.parse(lead)).toMatchObject({ closesOn: '2026-12-31', url: lead.url });
		expect(leadInput.parse({ ...lead, url: 'http://exemple.org' }).url).toBe('http://exemple.org');
	});

	it('refuses javascript: and data: links, an unknown contract, a missing day', () => {
		expect(codes(leadInput.safeParse({ ...lead, url: 'javascript:alert(1)' }))).toEqual([['url', 'job_link']]);
		expect(codes(leadInput.safeParse({ ...lead, url: 'data:text/html,<b>x</b>' }))).toEqual([['url', 'job_link']]);
		expect(codes(leadInput.safeParse({ ...lead, contract: 'freelance' }))).toEqual([['contract', 'unknown_choice']]);
		expect(codes(leadInput.safeParse({ ...lead, closesOn: '' }))).toEqual([['closesOn', 'job_day']]);
	});
});

describe("the marks and « j'ai trouvé ! »", () => {
	it('post the wanted state, and the agreement to celebrate as a checkbox', () => {
		const leadId = '0b6f1a8e-3c1d-4f0e-9a57-2f7d8a1c4e21';
		expect(leadMarkInput.parse({ leadId, mark: 'applied', on: 'oui' })).toEqual({ leadId, mark: 'applied', on: true });
		expect(leadMarkInput.parse({ leadId, mark: 'interested', on: 'non' }).on).toBe(false);
		expect(leadMarkInput.safeParse({ leadId, mark: 'hired', on: 'oui' }).success).toBe(false);
		expect(foundInput.parse({ celebrate: 'on' })).toEqual({ celebrate: true });
		expect(foundInput.parse({})).toEqual({ celebrate: false });
	});
});

it('every code these forms give has its French sentence', () => {
	for (const code of ['job_checkin_empty', 'job_date', 'job_day', 'job_link']) {
		expect(fr[`invalid_${code}`]).toBeTruthy();
	}
	for (const code of ['job_circle_members_only', 'job_lead_past', 'cv_not_pdf', 'cv_too_big']) {
		expect(fr[`error_${code}`]).toBeTruthy();
	}
});
