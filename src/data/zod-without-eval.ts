// Imported first by the entry: the app validates data without zod's compiled validators, which zod builds with
// Function() when a schema is created, and which the page's Content-Security-Policy (no 'unsafe-eval') refuses.
// From zod/mini, with the English messages zod's classic API loads by itself (1 kB gzip): a bad file's error
// still reads "expected string, received number" at its place, not zod/mini's bare "Invalid input".
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config({ jitless: true, ...en() });
