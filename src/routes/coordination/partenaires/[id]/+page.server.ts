import { addContact, removeContact, updateContact } from '#lib/server/partners/contacts.ts';
import { createAgreement } from '#lib/server/partners/agreements.ts';
import { moveReferral } from '#lib/server/partners/move-referral.ts';
import { getPartnerPage } from '#lib/server/partners/partner-page.ts';
import { flashOf } from '#lib/server/web/flash.ts';
import { handleForm, readUpload } from '#lib/server/web/form.ts';
import { guard } from '#lib/server/web/guard.ts';
import { scopeOf } from '#lib/server/web/scope.ts';
import {
	agreementInput,
	contactIdInput,
	contactInput,
	contactUpdateInput,
	referralStepInput
} from '#lib/validation/partners.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const thePartner = (event: RequestEvent) => ({ ...scopeOf(event), partnerId: event.params.id });

// A partner's page for coordinators: its card, contacts, agreements, venues, events and referrals (decision 035).
export const load: PageServerLoad = (event) =>
	guard(event, async () => ({
		...(await getPartnerPage(thePartner(event))),
		done: flashOf(event, ['enregistre', 'oriente'])
	}));

export const actions: Actions = {
	addContact: (event) =>
		handleForm(event, contactInput, async (input) => {
			await addContact({ ...thePartner(event), ...input });
			return { contactAdded: true as const };
		}),
	updateContact: (event) =>
		handleForm(event, contactUpdateInput, async (input) => {
			await updateContact({ ...scopeOf(event), ...input });
			return { contactUpdated: true as const };
		}),
	removeContact: (event) =>
		handleForm(event, contactIdInput, async (input) => {
			await removeContact({ ...scopeOf(event), contactId: input.contactId });
			return { contactRemoved: true as const };
		}),
	addAgreement: (event) =>
		handleForm(event, agreementInput, async (input) => {
			const file = await readUpload(event, 'file');
			await createAgreement({ ...thePartner(event), ...input, file });
			return { agreementAdded: true as const };
		}),
	moveReferral: (event) =>
		handleForm(event, referralStepInput, async (input) => {
			await moveReferral({ ...scopeOf(event), ...input });
			return { referralMoved: true as const };
		})
};
