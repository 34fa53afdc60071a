// Entry point of the bundled Action (dist-action/index.js): only calls run().
import { run } from './main.js';

await run();
