// Command-line parsing shared by the CLI commands. Exit code 2 is a usage error (data contract); every usage
// error names the option and the value that is wrong, and what is allowed, in Vietnamese and English.
import {parseArgs, type ParseArgsConfig} from "node:util";

export const EXIT = {ok: 0, refused: 1, usage: 2, someRejected: 3} as const;

export interface UsageProblem {
  vi: string;
  en: string;
}

/** Ends the command with a usage error: what is wrong, then the usage line; exit 2. */
export function usageError(problem: UsageProblem, usage: string): never {
  console.error(`${problem.vi} / ${problem.en}\n\n${usage}`);
  process.exit(EXIT.usage);
}

export function parseCommandLine<T extends NonNullable<ParseArgsConfig["options"]>>(options: T, usage: string) {
  const parse = () => {
    try {
      return parseArgs({options: {...options, help: {type: "boolean"}}, allowPositionals: true, strict: true});
    } catch (error) {
      usageError(parseArgsProblem(error as Error & {code?: string}), usage);
    }
  };
  const parsed = parse();
  // --help on every command: its usage, and nothing else done
  if ((parsed.values as {help?: boolean}).help) {
    console.log(usage);
    process.exit(EXIT.ok);
  }
  return parsed;
}

/** What node's parseArgs refused, said in both languages (its own message is English only). */
function parseArgsProblem({code, message}: Error & {code?: string}): UsageProblem {
  const option = /'(--?[^' ]+)/.exec(message)?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION")
    return {vi: `Lệnh này không có tùy chọn ${option}`, en: `This command has no option ${option}`};
  if (/ambiguous/.test(message))
    return {
      vi: `${option}: giá trị bắt đầu bằng dấu “-”; nếu đúng là vậy, viết liền: ${option}=-…`,
      en: `${option}: the value starts with “-”; if that is meant, write it joined: ${option}=-…`
    };
  if (/argument missing/.test(message)) return {vi: `${option} thiếu giá trị`, en: `${option} needs a value`};
  if (/does not take an argument/.test(message))
    return {vi: `${option} không nhận giá trị`, en: `${option} takes no value`};
  return {vi: `Tùy chọn không dùng được (${message})`, en: message};
}

/** The value of a year option (four digits); a missing or malformed one is a usage error naming it. */
export function yearOption(name: string, raw: string | undefined, usage: string): number {
  if (raw === undefined) usageError({vi: `Thiếu --${name}`, en: `--${name} is missing`}, usage);
  if (!/^\d{4}$/.test(raw))
    usageError({vi: `--${name}: “${raw}” không phải là một năm`, en: `--${name}: “${raw}” is not a year`}, usage);
  return Number(raw);
}

/** The value of an option with a fixed list of values; anything else is a usage error naming what is allowed. */
export function choiceOption<T extends string>(
  name: string,
  raw: string | undefined,
  allowed: readonly T[],
  usage: string
): T {
  if (allowed.includes(raw as T)) return raw as T;
  const list = allowed.join(", ");
  usageError(
    {
      vi: `--${name}: “${raw ?? ""}” không hợp lệ; dùng một trong: ${list}`,
      en: `--${name}: “${raw ?? ""}” is not allowed; use one of: ${list}`
    },
    usage
  );
}

/** A period: both ends years, the first not after the last. */
export function periodOption(from: string | undefined, to: string | undefined, usage: string) {
  const period = {from: yearOption("from", from, usage), to: yearOption("to", to, usage)};
  if (period.from > period.to)
    usageError(
      {
        vi: `--from ${period.from} sau --to ${period.to}: năm đầu phải không sau năm cuối`,
        en: `--from ${period.from} is after --to ${period.to}: the first year must not be after the last`
      },
      usage
    );
  return period;
}
