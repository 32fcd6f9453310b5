/**
 * The sub-commands of `jixiao`. Each line registers one command: export its factory (a
 * {@link CommandFactory}) from its own file. main.ts adds every export of this module, so export
 * nothing else from here.
 */

export { auditCommand } from "./audit.ts";
export { checkCommand } from "./check.ts";
export { evaluateCommand } from "./evaluate.ts";
export { frameworksCommand } from "./frameworks.ts";
export { importCommand } from "./import.ts";
export { reportCommand } from "./report.ts";
export { scoreCommand } from "./score.ts";
export { serveCommand } from "./serve.ts";
export { synthCommand } from "./synth.ts";
export { templateCommand } from "./template.ts";
export { workerCommand } from "./worker.ts";
