// The labels of « bons plans » (decision 033): a theme's name and a tip's dates, for the board, the tip's page and
// the reports page. Imported by browser code too: nothing here reads the server.
import { m } from './paraglide/messages.js';
import { formatDay } from './paris-time.ts';
import { TIP_THEME_SLUGS, TIP_THEMES, type TipTheme } from './tip-options.ts';

const THEME_LABELS: Record<TipTheme, () => string> = {
	employment: m.tip_theme_employment,
	training: m.tip_theme_training,
	benefits: m.tip_theme_benefits,
	free_outings: m.tip_theme_free_outings,
	food: m.tip_theme_food,
	housing: m.tip_theme_housing,
	digital: m.tip_theme_digital,
	children: m.tip_theme_children,
	other: m.tip_theme_other
};

export function tipThemeLabel(theme: string): string {
	return (THEME_LABELS[theme as TipTheme] ?? m.tip_theme_other)();
}

/** The themes in the form's order, with their label and their address in the board's filter. */
export function tipThemeChoices(): { value: TipTheme; label: string; slug: string }[] {
	return TIP_THEMES.map((theme) => ({ value: theme, label: tipThemeLabel(theme), slug: TIP_THEME_SLUGS[theme] }));
}

/** « Du 3 mars au 5 avril », « À partir du… », « Jusqu'au… », or '' for a tip without dates. */
export function tipDates(tip: { startsOn: string | null; endsOn: string | null }, locale: string): string {
	const start = tip.startsOn ? formatDay(tip.startsOn, locale) : '';
	const end = tip.endsOn ? formatDay(tip.endsOn, locale) : '';
	if (start && end) return m.tip_dates_from_to({ start, end });
	if (start) return m.tip_dates_from({ start });
	if (end) return m.tip_dates_until({ end });
	return '';
}
