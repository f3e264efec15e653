// The checks of docs/writing.md that a machine can make on messages/*.json. Each returns the offending keys with
// the reason, so a failing test names what to reword. Kept apart from the test so the test can also feed each
// check a deliberate violation and see it fail.

export type Messages = Record<string, unknown>;
export type Offence = string;

/** Every text of a message: a plain string, or each variant of a Paraglide message with variants. */
export function textsOf(value: unknown): string[] {
	if (typeof value === 'string') return [value];
	if (Array.isArray(value))
		return value.flatMap((v) => Object.values((v as { match?: Record<string, string> }).match ?? {}));
	return [];
}

function entries(messages: Messages): [string, string][] {
	return Object.entries(messages)
		.filter(([key]) => key !== '$schema')
		.flatMap(([key, value]) => textsOf(value).map((text) => [key, text] as [string, string]));
}

/** Placeholders like {name} are one word; « : » and « ; » end nothing, « . ! ? » end a sentence. */
export function sentencesOf(text: string): string[] {
	return text
		.replace(/\{[^}]*\}/g, 'X')
		.split(/(?<=[.!?…])\s+/)
		.map((s) => s.trim())
		.filter((s) => /\p{L}/u.test(s));
}

export const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export const MAX_SENTENCE_WORDS = 25;

export function longSentences(messages: Messages, max = MAX_SENTENCE_WORDS): Offence[] {
	return entries(messages).flatMap(([key, text]) =>
		sentencesOf(text)
			.filter((s) => wordCount(s) > max)
			.map((s) => `${key}: ${wordCount(s)} words in « ${s} »`)
	);
}

/** « inscrit·e », « Inscrit·es »: a median point between letters (a « · » between spaces is a separator). */
export function medianPoints(messages: Messages): Offence[] {
	return entries(messages)
		.filter(([, text]) => /\p{L}·\p{L}/u.test(text))
		.map(([key, text]) => `${key}: « ${text} »`);
}

/** English words members meet in French text, and the words docs/writing.md replaces (its table's last column). */
export const ENGLISH_WORDS = [
	'email',
	'emails',
	'mail',
	'mails',
	'click',
	'cliquer',
	'cliquez',
	'login',
	'logout',
	'password',
	'event',
	'events',
	'upload',
	'download',
	'booking',
	'feedback',
	'newsletter',
	'online',
	'update',
	'settings',
	'user',
	'account'
];
export const REPLACED_WORDS = [
	'courriel',
	'courriels',
	'adresse électronique',
	'adresses électroniques',
	'adhésion',
	'adhésions',
	'valider',
	'valide',
	'valable',
	'valables',
	'facultatif',
	'facultative',
	'astérisque',
	'caractères',
	'solde',
	'soldes',
	'expiré',
	'expirée',
	'expirées',
	'archivé',
	'archivée',
	'archivés',
	"d'actualité",
	'réalisée',
	'affiner',
	'indésirables',
	'coordinateur',
	'coordinateurs',
	'personne coordinatrice',
	'rendez-vous',
	'n°',
	'aaaa-mm-jj',
	'format',
	'formats',
	'close',
	'closes'
];

function wordPattern(word: string) {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	// Letters, digits and dashes glue words together (an apostrophe does not: « d'adhésion »): « e-mail » is not « mail ».
	return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])`, 'iu');
}

export function forbiddenWords(messages: Messages, words: string[]): Offence[] {
	const patterns = words.map((w) => [w, wordPattern(w)] as const);
	return entries(messages).flatMap(([key, text]) =>
		patterns.filter(([, p]) => p.test(text.replace(/\{[^}]*\}/g, ''))).map(([w]) => `${key}: « ${w} » in « ${text} »`)
	);
}

/** A plural written by hand instead of with variants: « place(s) », « lu(s) ». */
export function handPlurals(messages: Messages): Offence[] {
	return entries(messages)
		.filter(([, text]) => /\p{L}\((e?s|x)\)/u.test(text))
		.map(([key, text]) => `${key}: « ${text} »`);
}

/**
 * The imperative of « vous »: a word ending in -ez that is not after « vous » (« Vous avez » says what is,
 * « Choisissez » what to do), or the imperative with a pronoun (« Parlez-en », « Connectez-vous »).
 */
export function hasImperative(sentence: string): boolean {
	const words = sentence.split(/[\s,;:«»()]+/).filter(Boolean);
	return words.some((word, i) => {
		const bare = word.replace(/[.!?…]+$/, '');
		if (/^(dites|faites)$/iu.test(bare)) return true;
		if (/-(vous|le|la|les|en|lui|leur|y|moi)$/iu.test(bare) && /ez-/iu.test(bare)) return true;
		if (!/\p{L}{2,}ez$/iu.test(bare)) return false;
		const before = (words[i - 1] ?? '').toLowerCase();
		return !['vous', "n'", 'ne', 'si'].includes(before) && !before.endsWith("n'") && !/^(nez|chez|assez)$/iu.test(bare);
	});
}

/** Messages that are not sentences to the person even though their key says error. */
export const NOT_ERROR_SENTENCES = ['error_page_title', 'error_back_home'];

/**
 * `error_*`: what happened, then what to do — two sentences at least, and an imperative after the first one.
 * `invalid_*` sits beside its field, which already says where: it needs the imperative (the way out).
 */
export function errorsWithoutNextStep(messages: Messages): Offence[] {
	return entries(messages).flatMap(([key, text]) => {
		if (NOT_ERROR_SENTENCES.includes(key)) return [];
		const sentences = sentencesOf(text);
		if (key.startsWith('error_')) {
			if (sentences.length < 2) return [`${key}: one sentence, say what to do next in a second one « ${text} »`];
			if (!sentences.slice(1).some(hasImperative))
				return [`${key}: no imperative after the first sentence « ${text} »`];
		}
		if (key.startsWith('invalid_') && !sentences.some(hasImperative))
			return [`${key}: no imperative saying what to do « ${text} »`];
		return [];
	});
}

/** The feature each key prefix belongs to. Prefixes not listed (nav, menu, home, field, status…) are shared. */
export const FEATURES: Record<string, string> = {
	post: 'posts',
	posts: 'posts',
	evt: 'events',
	cal: 'events',
	rep: 'events',
	grp: 'groups',
	venue: 'venues',
	exch: 'exchanges',
	msg: 'messages',
	intro: 'introductions',
	followup: 'introductions',
	match: 'introductions',
	notif: 'notifications',
	profile: 'profiles',
	skills: 'profiles',
	themes: 'profiles',
	login: 'accounts',
	magic: 'accounts',
	forgot: 'accounts',
	reset: 'accounts',
	signup: 'accounts',
	pending: 'accounts',
	account: 'accounts',
	members: 'accounts',
	create: 'accounts',
	sheet: 'accounts',
	adm: 'networks',
	setup: 'networks',
	settings: 'networks'
};

/**
 * One key used for two different things, as a machine can see it: the same French words (two words or more)
 * under keys of two different features, e.g. a group's message and a new post both « Publier une annonce ».
 * Either the words change so each thing has its own, or the pair names one thing and is listed in `sameThing`
 * (e.g. « Messages plus anciens » in a group's discussion and in a conversation).
 */
export function oneTextTwoFeatures(messages: Messages, sameThing: string[][]): Offence[] {
	const allowed = new Set(sameThing.map((keys) => [...keys].sort().join(' ')));
	const byText = new Map<string, string[]>();
	for (const [key, text] of entries(messages)) {
		const normal = text.trim().toLowerCase();
		if (wordCount(normal) < 2) continue;
		byText.set(normal, [...(byText.get(normal) ?? []), key]);
	}
	const offences: Offence[] = [];
	for (const [text, keys] of byText) {
		const featured = keys.filter((k) => FEATURES[k.split('_')[0]]);
		for (let i = 0; i < featured.length; i++)
			for (let j = i + 1; j < featured.length; j++) {
				const [a, b] = [featured[i], featured[j]];
				if (FEATURES[a.split('_')[0]] === FEATURES[b.split('_')[0]]) continue;
				if (allowed.has([a, b].sort().join(' '))) continue;
				offences.push(`${a} and ${b}: « ${text} »`);
			}
	}
	return offences;
}
