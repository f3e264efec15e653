// Turns a few translated sentences and an optional button into an email with a plain-text part and a simple,
// accessible HTML part. Every value is escaped: names come from users.
export type Composed = {
	subject: string;
	text: string;
	html: string;
	/** The body holds a secret link (log-in, password reset, a guest's own page): see queueEmail. */
	holdsSecretLink: boolean;
};

export type EmailContent = {
	lang: string;
	subject: string;
	greeting: string;
	paragraphs: string[];
	action?: { label: string; url: string };
	footer: string;
	/**
	 * Whether the action's link lets whoever has it act as the recipient (a log-in or reset link, a guest's own
	 * page). Required, so each template says it: such a body is never shown to the instance administrator.
	 */
	holdsSecretLink: boolean;
};

function escapeHtml(value: string): string {
	return value.replace(
		/[&<>"']/g,
		(c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
	);
}

export function composeEmail(content: EmailContent): Composed {
	const text = [
		content.greeting,
		'',
		...content.paragraphs.flatMap((p) => [p, '']),
		...(content.action ? [`${content.action.label} : ${content.action.url}`, ''] : []),
		'-- ',
		content.footer
	].join('\n');
	const button = content.action
		? `<p><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#1d5c4d;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(content.action.label)}</a></p>
<p style="font-size:14px;color:#444">${escapeHtml(content.action.url)}</p>`
		: '';
	const html = `<!doctype html>
<html lang="${escapeHtml(content.lang)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>
<body style="font-family:system-ui,sans-serif;font-size:17px;line-height:1.5;color:#1a1a1a;max-width:36em;margin:0 auto;padding:16px">
<p>${escapeHtml(content.greeting)}</p>
${content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${button}
<hr><p style="font-size:14px;color:#444">${escapeHtml(content.footer)}</p>
</body></html>`;
	return { subject: content.subject, text, html, holdsSecretLink: content.holdsSecretLink };
}
