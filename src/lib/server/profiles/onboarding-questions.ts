// The guided onboarding: plain questions, each with skills one tap away (decision 015). The skill names are
// stored in French, the network's language; the questions are shown in the person's language.
import { m } from '#lib/paraglide/messages.js';

export const ONBOARDING_QUESTIONS = [
	{
		id: 'cooking',
		theme: m.theme_seed_cuisine,
		question: m.onboarding_q_cooking,
		suggestions: [
			{ id: 'family_cooking', name: m.onboarding_s_family_cooking },
			{ id: 'pastry', name: m.onboarding_s_pastry },
			{ id: 'world_cooking', name: m.onboarding_s_world_cooking }
		]
	},
	{
		id: 'languages',
		theme: m.theme_seed_languages,
		question: m.onboarding_q_languages,
		suggestions: [
			{ id: 'arabic', name: m.onboarding_s_arabic },
			{ id: 'english', name: m.onboarding_s_english },
			{ id: 'portuguese', name: m.onboarding_s_portuguese },
			{ id: 'french_conversation', name: m.onboarding_s_french_conversation }
		]
	},
	{
		id: 'digital',
		theme: m.theme_seed_digital,
		question: m.onboarding_q_digital,
		suggestions: [
			{ id: 'smartphone', name: m.onboarding_s_smartphone },
			{ id: 'online_forms', name: m.onboarding_s_online_forms },
			{ id: 'spreadsheet', name: m.onboarding_s_spreadsheet }
		]
	},
	{
		id: 'repair',
		theme: m.theme_seed_diy,
		question: m.onboarding_q_repair,
		suggestions: [
			{ id: 'small_diy', name: m.onboarding_s_small_diy },
			{ id: 'bike_repair', name: m.onboarding_s_bike_repair },
			{ id: 'plumbing', name: m.onboarding_s_plumbing }
		]
	},
	{
		id: 'garden',
		theme: m.theme_seed_gardening,
		question: m.onboarding_q_garden,
		suggestions: [
			{ id: 'vegetable_garden', name: m.onboarding_s_vegetable_garden },
			{ id: 'house_plants', name: m.onboarding_s_house_plants }
		]
	},
	{
		id: 'sewing',
		theme: m.theme_seed_sewing,
		question: m.onboarding_q_sewing,
		suggestions: [
			{ id: 'sewing', name: m.onboarding_s_sewing },
			{ id: 'knitting', name: m.onboarding_s_knitting }
		]
	},
	{
		id: 'children',
		theme: m.theme_seed_childcare,
		question: m.onboarding_q_children,
		suggestions: [
			{ id: 'babysitting', name: m.onboarding_s_babysitting },
			{ id: 'homework', name: m.onboarding_s_homework }
		]
	},
	{
		id: 'music',
		theme: m.theme_seed_music,
		question: m.onboarding_q_music,
		suggestions: [
			{ id: 'guitar', name: m.onboarding_s_guitar },
			{ id: 'singing', name: m.onboarding_s_singing },
			{ id: 'dance', name: m.onboarding_s_dance }
		]
	},
	{
		id: 'jobs',
		theme: m.theme_seed_jobs,
		question: m.onboarding_q_jobs,
		suggestions: [
			{ id: 'cv', name: m.onboarding_s_cv },
			{ id: 'interview', name: m.onboarding_s_interview }
		]
	}
] as const;

export type OnboardingSuggestion = (typeof ONBOARDING_QUESTIONS)[number]['suggestions'][number];
export const SUGGESTION_IDS = ONBOARDING_QUESTIONS.flatMap((q) => q.suggestions.map((s) => s.id)) as [
	string,
	...string[]
];
