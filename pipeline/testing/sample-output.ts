// A small output for the publish tests: every file names the build (`tag`) that wrote it, so a test can
// tell a complete version from a mix of two.
export function sampleFiles(tag: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set('index.json', JSON.stringify({ tag }));
  for (let n = 0; n < 20; n += 1) files.set(`localities/l${n}.json`, JSON.stringify({ tag, n, text: 'x'.repeat(5000) }));
  return files;
}
