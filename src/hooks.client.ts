// Runs in the browser before the app starts. Zod (the forms' shared schemas) tests whether it may compile
// parsers with `new Function`; the Content-Security-Policy forbids it (decision 012), and the browser reports
// each refused try. Zod's plain parsers are as correct and fast enough for our small forms: never try.
import { config } from 'zod';

config({ jitless: true });
