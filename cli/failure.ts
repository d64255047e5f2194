// What a command says when it cannot go on: a reason in Vietnamese and English, exit 1, never a stack
// trace nor the raw lines of a data file that an error message may quote.
import {EXIT} from "./args.js";

export interface Reason {
  vi: string;
  en: string;
}

/** The reason of any error, in both languages. */
export function describeFailure(error: unknown): Reason {
  if (error instanceof Error && "vi" in error && "en" in error) return error as Error & Reason;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as {code?: string} | null)?.code;
  if (code === "ENOSPC" || /no space left/i.test(message))
    return {
      vi: "Hết chỗ trên đĩa: không có gì được ghi, kho dữ liệu giữ nguyên. Hãy giải phóng dung lượng rồi chạy lại",
      en: "No space left on device: nothing was written, the warehouse is as it was. Free some space and run again"
    };
  if (/out of memory/i.test(message))
    return {
      vi: "Hết bộ nhớ khi xử lý tệp: không có gì được ghi. Hãy chia tệp nhỏ hơn hoặc tăng OSH_MEMORY_LIMIT",
      en: "Out of memory while processing the file: nothing was written. Split the file or raise OSH_MEMORY_LIMIT"
    };
  if (code === "EACCES" || code === "EPERM")
    return {vi: "Không có quyền đọc hoặc ghi tệp", en: "No permission to read or write the file"};
  // Only the first line, shortened: DuckDB's messages can quote whole data lines.
  const first = message.split("\n")[0]!.slice(0, 160);
  return {vi: `Lỗi không lường trước: ${first}`, en: `Unexpected error: ${first}`};
}

/** Runs a command's body; any error ends it with exit 1 and the reason. */
export async function runCommand(main: () => Promise<number>): Promise<never> {
  let code: number;
  try {
    code = await main();
  } catch (error) {
    const reason = describeFailure(error);
    console.error(`LỖI / ERROR: ${reason.vi} / ${reason.en}`);
    code = EXIT.refused;
  }
  process.exit(code);
}
