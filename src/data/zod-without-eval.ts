// Imported first by the entry: the app validates data without zod's compiled validators, which zod builds with
// Function() when a schema is created, and which the page's Content-Security-Policy (no 'unsafe-eval') refuses.
import { z } from 'zod';

z.config({ jitless: true });
