// Writes schema/capture-plan.config.schema.json from the config schema in src/core/config.ts (run `npm run schema`).
import { writeFileSync } from 'node:fs';
import { configJsonSchema } from '../dist/core/config.js';

const path = new URL('../schema/capture-plan.config.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
