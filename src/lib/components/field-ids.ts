// The one way a form control is tied to its words (decision 010): the label names the control's id, the hint and
// the error carry `<id>-hint` and `<id>-error`, which the control (or the group's fieldset) lists in
// aria-describedby, and aria-invalid is set while there is an error. Every field component goes through here.

export type FieldNotes = { hint?: string | null; error?: string | null };

export function fieldIds(id: string, { hint, error }: FieldNotes) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	return {
		id,
		hintId,
		errorId,
		describedBy: [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined,
		invalid: error ? ('true' as const) : undefined
	};
}

/** A field's id: `<idPrefix>-<name>` unless the page names it (an id already linked elsewhere, a repeated form). */
export function fieldId(name: string, idPrefix = 'field', id?: string): string {
	return id ?? `${idPrefix}-${name}`;
}
