// For write-output.test.ts: publishes a small output to <root>/public/data and kills itself (SIGKILL, as a
// power cut or `kill -9` would) right after the named step.
// Usage: node --import tsx pipeline/testing/publish-and-die.ts <root> <step> <tag>
import { join } from 'node:path';
import { publishOutput, type PublishStep } from '../write-output.ts';
import { sampleFiles } from './sample-output.ts';

const [root, step, tag] = process.argv.slice(2) as [string, PublishStep, string];
publishOutput(join(root, 'public', 'data'), sampleFiles(tag), {
  versionsDir: join(root, '.data-versions'),
  afterStep: (done) => {
    if (done === step) process.kill(process.pid, 'SIGKILL');
  },
});
