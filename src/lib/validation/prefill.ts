// A form opened from a suggestion (« créer un groupe » / « créer un atelier » on the unmet-needs page) arrives with
// a few values in its address: `/groupes/nouveau?nom=…&theme=…`, `/evenements/nouveau?titre=…`. They only fill
// the form's first values — the person still reads and posts it — so a value that makes no sense is dropped.
import { z } from 'zod';
import { MAX_LENGTH } from '../limits.ts';

// eslint-disable-next-line no-control-regex -- no control characters nor markup in a prefilled title
const PLAIN_TEXT = /^[^\u0000-\u001f\u007f<>]*$/;

const plainText = (max: number) =>
	z.preprocess((v) => (typeof v === 'string' ? v.trim().slice(0, max) : ''), z.string().regex(PLAIN_TEXT).catch(''));

export const groupPrefill = z
	.object({ nom: plainText(MAX_LENGTH.groupName), theme: z.uuid().optional().catch(undefined) })
	.transform(({ nom, theme }) => ({ name: nom, themeId: theme ?? '' }));

export const eventPrefill = z
	.object({ titre: plainText(MAX_LENGTH.eventTitle) })
	.transform(({ titre }) => ({ title: titre }));
