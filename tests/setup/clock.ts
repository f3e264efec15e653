// Every test file, with a database or without: a test that moves the clock must not move it for the next one.
import { afterEach } from 'vitest';
import { resetClock } from '../../src/lib/server/clock.ts';

afterEach(() => resetClock());
