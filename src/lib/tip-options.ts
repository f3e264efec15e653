// The fixed choices of « bons plans » (decision 033), shared by the database schema, the validation and the pages.
/**
 * A tip's theme: emploi, formation, aides et droits, sorties gratuites, alimentation, logement, numérique,
 * enfants, autre. A fixed list rather than the network's skill themes: a tip is about daily life, not a skill.
 */
export const TIP_THEMES = [
	'employment',
	'training',
	'benefits',
	'free_outings',
	'food',
	'housing',
	'digital',
	'children',
	'other'
] as const;
export type TipTheme = (typeof TIP_THEMES)[number];

/** A tip's address in the board's filter (`/bons-plans?theme=numerique`): French words, as the URLs are. */
export const TIP_THEME_SLUGS: Record<TipTheme, string> = {
	employment: 'emploi',
	training: 'formation',
	benefits: 'aides-et-droits',
	free_outings: 'sorties-gratuites',
	food: 'alimentation',
	housing: 'logement',
	digital: 'numerique',
	children: 'enfants',
	other: 'autre'
};
