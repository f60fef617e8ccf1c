import { generateFtm } from './generatedFtm.ts';
await generateFtm(process.argv[2], Number(process.argv[3]));
