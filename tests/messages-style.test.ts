// docs/writing.md, checked on every string of messages/fr.json and en.json: each check runs on the real files,
// and on a deliberate violation so a check that stopped seeing anything would fail too.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	ENGLISH_WORDS,
	REPLACED_WORDS,
	errorsWithoutNextStep,
	forbiddenWords,
	handPlurals,
	hasImperative,
	longSentences,
	medianPoints,
	oneTextTwoFeatures,
	sentencesOf,
	type Messages
} from './messages-style.ts';

const read = (locale: string): Messages =>
	JSON.parse(readFileSync(join(import.meta.dirname, '..', 'messages', `${locale}.json`), 'utf8'));
const fr = read('fr');
const en = read('en');

/** Pairs of keys whose same French words name the same thing in two features (see oneTextTwoFeatures). */
const SAME_THING = [
	['grp_thread_older', 'msg_older'],
	['grp_thread_page', 'posts_page_of'],
	['exch_profile_none', 'profile_none'],
	['exch_profile_with', 'msg_list_with'],
	['msg_reports_author', 'profile_edit_title_other'],
	['grp_thread_field', 'msg_body_label']
];

describe('plain French (docs/writing.md)', () => {
	it('has no sentence over 25 words, in French and in English', () => {
		expect(longSentences(fr)).toEqual([]);
		expect(longSentences(en)).toEqual([]);
	});

	it('writes for everyone without the median point', () => {
		expect(medianPoints(fr)).toEqual([]);
	});

	it('uses no English word in French, nor a word the guide replaces', () => {
		expect(forbiddenWords(fr, ENGLISH_WORDS)).toEqual([]);
		expect(forbiddenWords(fr, REPLACED_WORDS)).toEqual([]);
	});

	it('writes plurals with variants, never « place(s) »', () => {
		expect(handPlurals(fr)).toEqual([]);
		expect(handPlurals(en)).toEqual([]);
	});

	it('says what happened and what to do next in every error', () => {
		expect(errorsWithoutNextStep(fr)).toEqual([]);
	});

	it('gives two things two names: no same words under keys of two features', () => {
		expect(oneTextTwoFeatures(fr, SAME_THING)).toEqual([]);
	});

	it('keeps the same keys in both languages', () => {
		expect(Object.keys(en).sort()).toEqual(Object.keys(fr).sort());
	});
});

describe('each check sees a deliberate violation', () => {
	it('a sentence of 26 words', () => {
		const long = Array.from({ length: 26 }, () => 'mot').join(' ') + '.';
		expect(longSentences({ k: long })).toHaveLength(1);
		expect(longSentences({ k: `${long.slice(4)} Deux.` })).toEqual([]);
		// A count in a sentence is one word, and « : » does not end a sentence.
		expect(sentencesOf('Bonjour {name} : voici. Et ceci !')).toEqual(['Bonjour X : voici.', 'Et ceci !']);
	});

	it('a median point', () => {
		expect(medianPoints({ k: 'Vous êtes inscrit·e.' })).toHaveLength(1);
		expect(medianPoints({ k: '{theme} · publiée par {author}' })).toEqual([]);
	});

	it('an English word, a replaced word, but « e-mail » is the French word', () => {
		expect(forbiddenWords({ k: 'Votre email' }, ENGLISH_WORDS)).toHaveLength(1);
		expect(forbiddenWords({ k: 'Cliquez ici' }, ENGLISH_WORDS)).toHaveLength(1);
		expect(forbiddenWords({ k: 'Votre adresse e-mail' }, ENGLISH_WORDS)).toEqual([]);
		expect(forbiddenWords({ k: 'Un courriel' }, REPLACED_WORDS)).toHaveLength(1);
		expect(forbiddenWords({ k: "Demande d'adhésion" }, REPLACED_WORDS)).toHaveLength(1);
	});

	it('a plural by hand', () => {
		expect(handPlurals({ k: '{count} place(s) prise(s)' })).toHaveLength(1);
		const variants = [{ selectors: ['count'], match: { 'count=1': '{count} place', 'count=*': '{count} places(s)' } }];
		expect(handPlurals({ k: variants })).toHaveLength(1);
	});

	it('an error that says what happened but not what to do', () => {
		expect(errorsWithoutNextStep({ error_own_post: "C'est votre propre annonce." })).toHaveLength(1);
		expect(errorsWithoutNextStep({ error_x: 'Vous avez déjà répondu. Vous avez fini.' })).toHaveLength(1);
		expect(errorsWithoutNextStep({ invalid_x: "Cette valeur n'est pas bonne." })).toHaveLength(1);
		expect(errorsWithoutNextStep({ error_x: 'Cette annonce est fermée. Choisissez-en une autre.' })).toEqual([]);
		expect(errorsWithoutNextStep({ invalid_x: 'Indiquez une date.' })).toEqual([]);
		expect(hasImperative('Vous avez déjà répondu.')).toBe(false);
		expect(hasImperative('Connectez-vous pour continuer.')).toBe(true);
	});

	it('one text for two things in two features, unless listed as one thing', () => {
		const both = { grp_announce_title: 'Publier une annonce', post_new_title: 'Publier une annonce' };
		expect(oneTextTwoFeatures(both, [])).toHaveLength(1);
		expect(oneTextTwoFeatures(both, [['post_new_title', 'grp_announce_title']])).toEqual([]);
		// The same feature, or a shared prefix (navigation repeats page titles), is one thing.
		expect(
			oneTextTwoFeatures({ post_new_title: 'Publier une annonce', posts_new_link: 'Publier une annonce' }, [])
		).toEqual([]);
		expect(oneTextTwoFeatures({ nav_home: 'Mon accueil', home_title: 'Mon accueil' }, [])).toEqual([]);
	});
});
