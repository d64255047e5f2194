// Command-line parsing shared by the CLI commands. Exit code 2 is a usage error (data contract).
import {parseArgs, type ParseArgsConfig} from "node:util";

export const EXIT = {ok: 0, refused: 1, usage: 2, someRejected: 3} as const;

export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  try {
    return parseArgs({options: {...options, help: {type: "boolean"}}, allowPositionals: true, strict: true});
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(EXIT.usage);
  }
}
