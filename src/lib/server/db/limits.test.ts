// The limits of src/lib/limits.ts hold in the database as in the forms (issue 12). The schema writes its check
// constraints from the constants, but the database is what the migrations built: a constant changed without
// `npm run db:generate`, or a migration edited by hand, would leave the form and the table disagreeing (the form
// lets through what the table refuses: a 500). Two checks: every number in the migrated database's check
// constraints is the constant it should be, and for a few fields the form and the table accept and refuse the
// same texts, at the limit and one character over.
import { sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	createGroupIn,
	createNetworkWithPeople,
	createPost,
	createVenueIn,
	eventContent
} from '../../../../tests/factories.ts';
import {
	AGREEMENT_MAX_BYTES,
	BALANCE_LIMIT_MAX_MINUTES,
	CHILDCARE_MAX_HOURS,
	CV_MAX_BYTES,
	MAX_COUNT,
	MAX_LENGTH,
	MENTOR_MAX_HOURS_PER_MONTH,
	MENTORING_MAX_MONTHS,
	MENTORING_SESSION_MAX_MINUTES,
	MENTORING_SESSION_MIN_MINUTES,
	MIN_LENGTH,
	PICTURE_MAX_BYTES,
	RANGE
} from '../../limits.ts';
import { personName } from '../../validation/fields.ts';
import { eventInput } from '../../validation/events.ts';
import { groupInput, groupMessageBody } from '../../validation/groups.ts';
import { messageBody } from '../../validation/messages.ts';
import { networkFields } from '../../validation/networks.ts';
import { postInput } from '../../validation/posts.ts';
import { venueInput } from '../../validation/venues.ts';
import { createEvent } from '../events/create-event.ts';
import { startConversation } from '../messages/start-conversation.ts';
import { db } from './client.ts';
import { isCheckViolation } from './errors.ts';
import { groupMessages } from './schema/index.ts';

async function rows<T>(query: SQL): Promise<T[]> {
	const result = await db().execute(query);
	return Array.isArray(result) ? (result as T[]) : (result as unknown as { rows: T[] }).rows;
}

/** The numbers each check constraint must hold, in the order PostgreSQL writes them. */
const EXPECTED: Record<string, number[]> = {
	accounts_email_length: [MAX_LENGTH.email],
	accounts_name_length: [1, MAX_LENGTH.personName],
	audit_log_action_shape: [1, MAX_LENGTH.auditAction],
	audit_log_detail_length: [MAX_LENGTH.auditDetail],
	event_guests_email: [MAX_LENGTH.email],
	event_guests_name: [1, MAX_LENGTH.personName],
	events_capacity: [RANGE.eventCapacity.min, RANGE.eventCapacity.max],
	events_description_length: [MAX_LENGTH.eventDescription],
	events_online_url: [MAX_LENGTH.eventOnlineUrl],
	events_title_length: [MIN_LENGTH.eventTitle, MAX_LENGTH.eventTitle],
	exchange_thanks_message: [1, MAX_LENGTH.exchangeThanks],
	exchanges_minutes: [RANGE.exchangeMinutes.min, RANGE.exchangeMinutes.max],
	job_checkins_done_length: [MAX_LENGTH.checkinText],
	job_checkins_need_length: [MAX_LENGTH.checkinText],
	job_cvs_file_name_length: [1, MAX_LENGTH.cvFileName],
	job_cvs_size: [5, CV_MAX_BYTES],
	job_leads_employer_length: [MAX_LENGTH.jobLeadEmployer],
	job_leads_place_length: [MAX_LENGTH.jobLeadPlace],
	job_leads_title_length: [1, MAX_LENGTH.jobLeadTitle],
	job_leads_url: [MAX_LENGTH.jobLeadUrl],
	library_condition_notes_note_length: [MAX_LENGTH.resourceCondition],
	// A loan is renewed zero times or more (the ceiling is the item's max_renewals, checked by the domain).
	library_loans_renewals: [0],
	library_item_photos_alt_length: [MAX_LENGTH.groupPictureAlt],
	library_item_photos_size: [1, PICTURE_MAX_BYTES],
	group_messages_body_length: [1, MAX_LENGTH.groupMessage],
	// Group challenges (decision 038)
	challenges_title_length: [MIN_LENGTH.challengeTitle, MAX_LENGTH.challengeTitle],
	challenges_why_length: [MAX_LENGTH.challengeWhy],
	challenge_tasks_title_length: [1, MAX_LENGTH.taskTitle],
	group_decisions_body_length: [1, MAX_LENGTH.decisionBody],
	meeting_notes_body_length: [1, MAX_LENGTH.meetingNotes],
	group_pictures_alt_length: [MAX_LENGTH.groupPictureAlt],
	group_pictures_size: [1, PICTURE_MAX_BYTES],
	groups_description_length: [MAX_LENGTH.groupDescription],
	groups_name_length: [1, MAX_LENGTH.groupName],
	message_reports_reason_length: [1, MAX_LENGTH.messageReportReason],
	messages_body_length: [1, MAX_LENGTH.messageBody],
	networks_description_length: [MAX_LENGTH.networkDescription],
	networks_name_length: [1, MAX_LENGTH.networkName],
	networks_slug_shape: [MAX_LENGTH.networkSlug],
	networks_time_max_balance: [0, BALANCE_LIMIT_MAX_MINUTES],
	networks_time_min_balance: [-BALANCE_LIMIT_MAX_MINUTES, 0],
	networks_town_length: [1, MAX_LENGTH.networkTown],
	notifications_link: [MAX_LENGTH.notificationLink],
	posts_description_length: [MAX_LENGTH.postDescription],
	posts_place_length: [MAX_LENGTH.postPlace],
	posts_title_length: [MIN_LENGTH.postTitle, MAX_LENGTH.postTitle],
	posts_when_note_length: [MAX_LENGTH.postWhenNote],
	profile_photos_size: [1, PICTURE_MAX_BYTES],
	profiles_languages_count: [MAX_COUNT.profileLanguages],
	profiles_neighbourhood_length: [MAX_LENGTH.neighbourhood],
	skills_name_length: [1, MAX_LENGTH.skillName],
	space_bookings_purpose_length: [MAX_LENGTH.bookingPurpose],
	space_bookings_reason_length: [MAX_LENGTH.bookingReason],
	space_resource_photos_alt_length: [MAX_LENGTH.groupPictureAlt],
	space_resource_photos_size: [1, PICTURE_MAX_BYTES],
	space_closures_reason_length: [MAX_LENGTH.closureReason],
	space_resources_buffer_minutes: [RANGE.resourceBufferMinutes.min, RANGE.resourceBufferMinutes.max],
	space_resources_category_length: [MAX_LENGTH.resourceCategory],
	space_resources_condition_length: [MAX_LENGTH.resourceCondition],
	space_resources_days_ahead: [RANGE.resourceDaysAhead.min, RANGE.resourceDaysAhead.max],
	space_resources_description_length: [MAX_LENGTH.resourceDescription],
	space_resources_future_bookings: [RANGE.resourceFutureBookings.min, RANGE.resourceFutureBookings.max],
	space_resources_loan_days: [RANGE.resourceLoanDays.min, RANGE.resourceLoanDays.max],
	space_resources_max_minutes: [RANGE.resourceBookingMinutes.min, RANGE.resourceBookingMinutes.max],
	space_resources_min_minutes: [RANGE.resourceBookingMinutes.min, RANGE.resourceBookingMinutes.max],
	space_resources_name_length: [1, MAX_LENGTH.resourceName],
	space_resources_renewals: [RANGE.resourceRenewals.min, RANGE.resourceRenewals.max],
	space_resources_slot_minutes: [RANGE.resourceSlotMinutes.min, RANGE.resourceSlotMinutes.max],
	themes_name_length: [1, MAX_LENGTH.themeName],
	tip_reports_reason_length: [1, MAX_LENGTH.tipReportReason],
	tips_body_length: [MAX_LENGTH.tipBody],
	tips_link: [MAX_LENGTH.tipLink],
	tips_place_length: [MAX_LENGTH.tipPlace],
	tips_title_length: [MIN_LENGTH.tipTitle, MAX_LENGTH.tipTitle],
	venues_access_notes_length: [MAX_LENGTH.venueAccessNotes],
	venues_address_length: [1, MAX_LENGTH.venueAddress],
	venues_capacity: [RANGE.venueCapacity.min, RANGE.venueCapacity.max],
	venues_door_code_length: [MAX_LENGTH.venueDoorCode],
	venues_name_length: [1, MAX_LENGTH.venueName],
	venues_partner_name_length: [MAX_LENGTH.venuePartnerName],
	partner_agreement_files_name_length: [1, MAX_LENGTH.agreementFileName],
	partner_agreement_files_size: [5, AGREEMENT_MAX_BYTES],
	partner_agreements_title_length: [1, MAX_LENGTH.agreementTitle],
	partner_contacts_email_length: [MAX_LENGTH.email],
	partner_contacts_name_length: [1, MAX_LENGTH.partnerContactName],
	partner_contacts_phone_length: [MAX_LENGTH.partnerContactPhone],
	partner_contacts_role_length: [MAX_LENGTH.partnerContactRole],
	partner_referrals_need_length: [1, MAX_LENGTH.referralNeed],
	partners_address_length: [MAX_LENGTH.partnerAddress],
	partners_description_length: [MAX_LENGTH.partnerDescription],
	partners_name_length: [1, MAX_LENGTH.partnerName],
	partners_website_length: [MAX_LENGTH.partnerWebsite],
	childcare_carer_history_reason_length: [MAX_LENGTH.carerSuspendReason],
	childcare_carers_reason_length: [MAX_LENGTH.carerSuspendReason],
	childcare_offers_address_length: [MAX_LENGTH.childcareAddress],
	childcare_offers_phone_length: [MAX_LENGTH.childcarePhone],
	childcare_requests_address_length: [MAX_LENGTH.childcareAddress],
	childcare_requests_children: [RANGE.childcareChildren.min, RANGE.childcareChildren.max],
	childcare_requests_note_length: [MAX_LENGTH.childcareNote],
	childcare_requests_phone_length: [MAX_LENGTH.childcarePhone],
	childcare_requests_slot: [CHILDCARE_MAX_HOURS, 0, 0],
	unmet_need_actions_note_length: [MAX_LENGTH.unmetNeedNote],
	mentoring_messages_body_length: [1, MAX_LENGTH.mentoringMessage],
	mentoring_requests_goal_length: [1, MAX_LENGTH.mentoringGoal],
	mentoring_requests_months: [1, MENTORING_MAX_MONTHS],
	mentoring_reviews_sentence_length: [1, MAX_LENGTH.mentoringReview],
	mentoring_sessions_minutes: [MENTORING_SESSION_MIN_MINUTES, MENTORING_SESSION_MAX_MINUTES],
	mentoring_sessions_note_length: [MAX_LENGTH.mentoringSessionNote],
	mentorings_decline_reason_length: [MAX_LENGTH.mentoringDeclineReason],
	mentors_email_length: [MAX_LENGTH.email],
	mentors_hours: [1, MENTOR_MAX_HOURS_PER_MONTH],
	mentors_name_length: [1, MAX_LENGTH.personName],
	mentors_presentation_length: [MAX_LENGTH.mentorPresentation],
	poll_comments_body_length: [1, MAX_LENGTH.pollComment],
	poll_participants_comment_length: [MAX_LENGTH.pollComment],
	poll_participants_guest_email_length: [MAX_LENGTH.email],
	poll_participants_guest_name_length: [1, MAX_LENGTH.personName],
	polls_description_length: [MAX_LENGTH.pollDescription],
	polls_online_url: [MAX_LENGTH.eventOnlineUrl],
	polls_place_length: [MAX_LENGTH.pollPlace],
	polls_title_length: [MIN_LENGTH.pollTitle, MAX_LENGTH.pollTitle],
	invitation_links_label_length: [1, MAX_LENGTH.invitationLabel],
	invitation_links_max_uses: [RANGE.invitationUses.min, RANGE.invitationUses.max],
	invitation_links_opened_count: [0],
	invitation_links_poster_text_length: [MAX_LENGTH.posterText]
};

/** Check constraints whose numbers are rules, not limits (a single row, a sign, « at least one »). */
const NOT_LIMITS = new Set([
	'instance_single_row',
	'jobs_attempts',
	'job_checkins_monday',
	'job_checkins_not_empty',
	'job_cvs_pdf',
	'partner_agreement_files_pdf',
	'ledger_entries_minutes',
	'ledger_entries_sign',
	'member_skills_formats',
	'event_registrations_person',
	'notification_daily_counts_count',
	'space_opening_hours_weekday',
	'childcare_requests_age_ranges',
	'unmet_need_actions_key',
	// « Ça m'a aidé ? » is 1 to 4 (mentoring-options.ts HELPED_SCORES), a scale rather than a limit.
	'mentoring_reviews_helped'
]);

/** The numbers of a constraint, leaving out regular expressions' character classes (« [a-z0-9] »). */
const numbersOf = (definition: string) => (definition.replace(/\[[^\]]*\]/g, '').match(/-?\d+/g) ?? []).map(Number);

describe('the check constraints of the migrated database', () => {
	it('hold the numbers of src/lib/limits.ts, and every number in them is a known limit or rule', async () => {
		const checks = await rows<{ name: string; def: string }>(sql`
			select conname as name, pg_get_constraintdef(oid) as def from pg_constraint
			where contype = 'c' and connamespace = 'public'::regnamespace order by conname`);
		const found = Object.fromEntries(
			checks
				.filter((check) => /\d/.test(check.def) && !NOT_LIMITS.has(check.name))
				.map((check) => [check.name, numbersOf(check.def)])
		);
		expect(found).toEqual(EXPECTED);
	});
});

// ---- The form and the table agree at the limit ---------------------------------------------------------------

type Case = {
	field: string;
	max: number;
	/** Whether the form refuses this text for the field. */
	formRefuses: (text: string) => boolean;
	/** Writes the text into the column of a real row. */
	write: (text: string) => Promise<unknown>;
	/** The shortest text both accept, when more than one character is needed. */
	min?: number;
};

const refusesField = (schema: z.ZodType, form: Record<string, string>, field: string) => (text: string) => {
	const parsed = schema.safeParse({ ...form, [field]: text });
	return !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === field);
};
const refuses = (schema: z.ZodType) => (text: string) => !schema.safeParse(text).success;

/** Writes one column of one row, as code that skipped the form would. */
const update = (table: string, column: string, id: string | number) => (text: string) =>
	db().execute(sql`update ${sql.identifier(table)} set ${sql.identifier(column)} = ${text} where id = ${id}`);

async function tableRefuses(write: () => Promise<unknown>): Promise<boolean> {
	try {
		await write();
		return false;
	} catch (error) {
		if (isCheckViolation(error)) return true;
		throw error;
	}
}

describe('the form and the table, at the limit and one character over', () => {
	const cases: Case[] = [];

	beforeAll(async () => {
		const { network, coordinator, member } = await createNetworkWithPeople();
		const post = await createPost(network.id, member.id);
		const group = await createGroupIn(network.id);
		const venue = await createVenueIn(network.id);
		const event = await createEvent({ actor: coordinator.actor, networkId: network.id, input: eventContent(venue.id) });
		const conversationId = await startConversation({
			actor: member.actor,
			networkId: network.id,
			accountIds: [coordinator.id],
			body: 'Bonjour'
		});
		const [message] = await rows<{ id: string }>(
			sql`select id from messages where conversation_id = ${conversationId} limit 1`
		);
		const [groupMessage] = await db()
			.insert(groupMessages)
			.values({
				groupId: group.id,
				networkId: network.id,
				authorAccountId: member.id,
				kind: 'message',
				body: 'Bonjour'
			})
			.returning();
		const postForm = {
			kind: 'request',
			title: 'Réparer mon vélo',
			themeId: post.themeId,
			format: 'one_to_one',
			placeKind: 'neighbourhood',
			whenKind: 'flexible'
		};
		const eventForm = {
			title: 'Atelier CV',
			kind: 'workshop',
			onlineUrl: 'https://visio.exemple.org/cv',
			startsAt: '2030-03-05T14:00',
			endsAt: '2030-03-05T16:00',
			capacity: '8',
			audience: 'network'
		};
		const venueForm = { name: 'Cuisine', address: '12 rue des Pâquerettes' };
		cases.push(
			{
				field: 'account name',
				max: MAX_LENGTH.personName,
				formRefuses: refuses(personName),
				write: update('accounts', 'name', member.id)
			},
			{
				field: 'network name',
				max: MAX_LENGTH.networkName,
				formRefuses: refuses(networkFields.name),
				write: update('networks', 'name', network.id)
			},
			{
				field: 'network description',
				max: MAX_LENGTH.networkDescription,
				formRefuses: refuses(networkFields.description),
				write: update('networks', 'description', network.id)
			},
			{
				field: 'post title',
				max: MAX_LENGTH.postTitle,
				min: MIN_LENGTH.postTitle,
				formRefuses: refusesField(postInput, postForm, 'title'),
				write: update('posts', 'title', post.id)
			},
			{
				field: 'post description',
				max: MAX_LENGTH.postDescription,
				formRefuses: refusesField(postInput, postForm, 'description'),
				write: update('posts', 'description', post.id)
			},
			{
				field: 'event title',
				max: MAX_LENGTH.eventTitle,
				min: MIN_LENGTH.eventTitle,
				formRefuses: refusesField(eventInput, eventForm, 'title'),
				write: update('events', 'title', event.id)
			},
			{
				field: 'group name',
				max: MAX_LENGTH.groupName,
				formRefuses: refusesField(groupInput, { joinPolicy: 'open' }, 'name'),
				write: update('groups', 'name', group.id)
			},
			{
				field: 'venue name',
				max: MAX_LENGTH.venueName,
				formRefuses: refusesField(venueInput, venueForm, 'name'),
				write: update('venues', 'name', venue.id)
			},
			{
				field: 'message body',
				max: MAX_LENGTH.messageBody,
				formRefuses: refuses(messageBody),
				write: update('messages', 'body', message.id)
			},
			{
				field: 'group message body',
				max: MAX_LENGTH.groupMessage,
				formRefuses: refuses(groupMessageBody),
				write: update('group_messages', 'body', groupMessage.id)
			}
		);
	});

	it('finds its rows', () => {
		expect(cases).toHaveLength(10);
	});

	it.each([
		'account name',
		'network name',
		'network description',
		'post title',
		'post description',
		'event title',
		'group name',
		'venue name',
		'message body',
		'group message body'
	])('%s: the limit passes both, one character more is refused by both', async (field) => {
		const { max, min, formRefuses, write } = cases.find((c) => c.field === field)!;
		// « é » is one character and two bytes: the limits count characters, in JavaScript as in PostgreSQL.
		const atLimit = 'é'.repeat(max);
		const over = 'é'.repeat(max + 1);
		expect({ form: formRefuses(atLimit), table: await tableRefuses(() => write(atLimit)) }).toEqual({
			form: false,
			table: false
		});
		expect({ form: formRefuses(over), table: await tableRefuses(() => write(over)) }).toEqual({
			form: true,
			table: true
		});
		if (min !== undefined) {
			const short = 'é'.repeat(min - 1);
			expect({ form: formRefuses(short), table: await tableRefuses(() => write(short)) }).toEqual({
				form: true,
				table: true
			});
			expect(formRefuses('é'.repeat(min))).toBe(false);
		}
	});
});
