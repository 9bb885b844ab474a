/**
 * The written-content checks on their own, for the build's second process
 * (src/check-data/content-checks.node.ts): prints { content, translations }
 * as JSON. Reads DATA_DIR and CONTENT_DIR like the build; --today is the
 * build's date.
 */
import { parseArgs } from 'node:util';
import { contentDir, dataDir } from '../src/core/files.node.ts';
import { checkWrittenContent } from '../src/check-data/datasets.node.ts';

// Standard output carries only the JSON answer; anything else printed goes to standard error.
console.log = console.error;

const { values } = parseArgs({ options: { today: { type: 'string' } } });
const today = values.today ? new Date(values.today) : new Date();
process.stdout.write(JSON.stringify(checkWrittenContent(dataDir(), today, contentDir())));
