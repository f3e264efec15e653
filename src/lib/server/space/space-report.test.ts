// What the space served over a period (spaceReport): slots used by room and station, the people who came, loans
// and borrowers — with several rows of each, and the bookings that must not count.
import { describe, expect, it } from 'vitest';
import { libraryWorld } from '../../../../tests/library-world.ts';
import { parisAt, resourceContent, slot } from '../../../../tests/space-world.ts';
import { parisDate } from '../../paris-time.ts';
import { advanceClock, now } from '../clock.ts';
import { lendItem } from '../library/lend-item.ts';
import { returnItem } from '../library/return-item.ts';
import { addDays } from '../../validation/exchanges.ts';
import { addResource } from './add-resource.ts';
import { bookForMember } from './book-for-member.ts';
import { cancelBooking } from './cancel-booking.ts';
import { markNoShow } from './mark-no-show.ts';
import { spaceReport } from './space-report.ts';

const DAY = 86_400_000;

describe('spaceReport', () => {
	it('counts the slots used, the people who came, the loans and the borrowers of the period', async () => {
		const w = await libraryWorld({}, 3);
		const [ana, bruno, chloe] = w.people;
		const desk = w.desk;
		const room = await addResource({
			...desk,
			...resourceContent(w.venue.id, { kind: 'room', name: 'Salle de réunion' })
		});
		const drill = w.item;
		const sewing = await addResource({
			...desk,
			...resourceContent(w.venue.id, { kind: 'item', name: 'Machine à coudre', category: 'Couture' })
		});
		const book = (accountId: string, resourceId: string, start: Date, minutes = 60) =>
			bookForMember({ ...desk, accountId, resourceId, ...slot(start, minutes) });
		await book(ana.id, w.station.id, parisAt(1, 10));
		await book(bruno.id, w.station.id, parisAt(1, 11));
		const absent = await book(ana.id, w.station.id, parisAt(1, 14));
		await book(chloe.id, room.id, parisAt(1, 10), 120);
		const cancelled = await book(bruno.id, room.id, parisAt(1, 13));
		await cancelBooking({ ...desk, bookingId: cancelled.id });
		await book(chloe.id, w.station.id, parisAt(10, 10));
		const first = await lendItem({ ...desk, resourceId: drill.id, accountId: ana.id });
		await returnItem({ ...desk, loanId: first.id, condition: '' });
		await lendItem({ ...desk, resourceId: drill.id, accountId: bruno.id });
		await lendItem({ ...desk, resourceId: sewing.id, accountId: ana.id });
		const other = await libraryWorld({}, 1);
		await bookForMember({
			...other.desk,
			accountId: other.people[0].id,
			resourceId: other.station.id,
			...slot(parisAt(1, 10))
		});
		await lendItem({ ...other.desk, resourceId: other.item.id, accountId: other.people[0].id });
		const from = parisDate(now());
		advanceClock(3 * DAY);
		await markNoShow({ ...desk, bookingId: absent.id, noShow: true });

		const served = await spaceReport({ ...desk, from, to: addDays(from, 20) });

		expect(served).toEqual({ roomSlots: 1, stationSlots: 2, bookers: 3, loans: 3, borrowers: 2 });
		// A period before any of it counts nothing.
		expect(await spaceReport({ ...desk, from: addDays(from, -30), to: addDays(from, -1) })).toEqual({
			roomSlots: 0,
			stationSlots: 0,
			bookers: 0,
			loans: 0,
			borrowers: 0
		});
	});

	it('is for the network’s coordinators, over a real period', async () => {
		const w = await libraryWorld();
		const other = await libraryWorld();
		const today = parisDate(now());
		const period = { networkId: w.networkId, from: today, to: today };
		await expect(spaceReport({ ...period, actor: null })).rejects.toMatchObject({ code: 'not_logged_in' });
		await expect(spaceReport({ ...period, actor: w.member.actor })).rejects.toMatchObject({ code: 'forbidden' });
		await expect(spaceReport({ ...period, actor: other.coordinator.actor })).rejects.toMatchObject({
			code: 'not_member'
		});
		await expect(spaceReport({ ...w.desk, from: today, to: addDays(today, -1) })).rejects.toMatchObject({
			code: 'invalid_input'
		});
		await expect(spaceReport({ ...w.desk, from: 'hier', to: today })).rejects.toMatchObject({ code: 'invalid_input' });
	});
});
