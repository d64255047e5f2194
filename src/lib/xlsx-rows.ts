// An XLSX workbook's sheets as rows of text, in the browser, on its own DecompressionStream and
// DOMParser (no library to download). Cells read as the ingest's exceljs reading gives them: dates as
// YYYY-MM-DD, numbers as written, formulas by their cached result (or "=formula" without one),
// Excel errors as their text (#REF!).
import {damagedXlsx, noWorksheet, RefusedFile} from "../contract/ingest/refusals.js";
import type {SheetRows} from "../contract/ingest/check-file.js";

interface ZipEntry {
  method: number;
  compressedSize: number;
  declared: number;
  localHeader: number;
}

/** What a workbook may expand to in the browser's memory (the ingest's own limit). */
const MAX_EXPANDED_BYTES = 2 * 1024 ** 3;

function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let p = bytes.length - 22; p >= Math.max(0, bytes.length - 22 - 0xffff); p--)
    if (view.getUint32(p, true) === 0x06054b50) {
      end = p;
      break;
    }
  if (end < 0) throw damagedXlsx();
  const entries = new Map<string, ZipEntry>();
  const decoder = new TextDecoder();
  let total = 0;
  for (let p = view.getUint32(end + 16, true); p + 46 <= end && view.getUint32(p, true) === 0x02014b50;) {
    const nameLength = view.getUint16(p + 28, true);
    const entry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      declared: view.getUint32(p + 24, true),
      localHeader: view.getUint32(p + 42, true)
    };
    total += entry.declared;
    entries.set(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  if (total > MAX_EXPANDED_BYTES)
    throw new RefusedFile(
      "Tệp Excel giải nén ra quá lớn (hơn 2 GB): hãy chia tệp hoặc lưu thành CSV",
      "The Excel file expands beyond 2 GB: split it or save it as CSV"
    );
  return entries;
}

async function entryText(bytes: Uint8Array, entries: Map<string, ZipEntry>, name: string): Promise<string | undefined> {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const start =
    entry.localHeader +
    30 +
    view.getUint16(entry.localHeader + 26, true) +
    view.getUint16(entry.localHeader + 28, true);
  const data = bytes.slice(start, start + entry.compressedSize);
  if (entry.method === 0) return new TextDecoder().decode(data);
  const stream = new Blob([data]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  try {
    return await new Response(stream).text();
  } catch {
    throw damagedXlsx();
  }
}

const xml = (text: string) => new DOMParser().parseFromString(text, "application/xml");
/** Elements by local name (SpreadsheetML uses a default namespace, sometimes a prefix). */
const elements = (node: Document | Element, name: string) => [...node.getElementsByTagNameNS("*", name)];
const textOf = (node: Element) =>
  elements(node, "t")
    .filter((t) => t.parentElement?.localName !== "rPh") // phonetic guides are not the cell's text
    .map((t) => t.textContent ?? "")
    .join("");

// Built-in number formats that are dates (ECMA-376 18.8.30).
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** For each cell style index, whether it shows a date. */
function dateStyles(styles: Document | undefined): boolean[] {
  if (!styles) return [];
  const custom = new Map(
    elements(styles, "numFmt").map((f) => {
      // A date format has d, m or y outside quoted text and [colour] brackets.
      const code = (f.getAttribute("formatCode") ?? "").replace(/"[^"]*"|\[[^\]]*\]/g, "");
      return [Number(f.getAttribute("numFmtId")), /[dmy]/i.test(code)];
    })
  );
  const cellXfs = elements(styles, "cellXfs")[0];
  return cellXfs
    ? elements(cellXfs, "xf").map((xf) => {
        const id = Number(xf.getAttribute("numFmtId") ?? 0);
        return DATE_FORMAT_IDS.has(id) || custom.get(id) === true;
      })
    : [];
}

/** An Excel day number as exceljs gives it to the ingest: the date, with the time when there is one. */
function excelDateText(serial: number): string {
  const date = new Date(Math.round((serial - 25569) * 86_400_000));
  return date
    .toISOString()
    .slice(0, date.getUTCHours() || date.getUTCMinutes() ? 19 : 10)
    .replace("T", " ");
}

const columnIndex = (ref: string) => {
  let index = 0;
  for (const ch of ref.replace(/\d+$/, "")) index = index * 26 + ch.charCodeAt(0) - 64;
  return index - 1;
};

function cellText(cell: Element, shared: string[], isDate: boolean[]): string {
  const type = cell.getAttribute("t");
  const v = elements(cell, "v")[0]?.textContent ?? null;
  if (type === "inlineStr") return elements(cell, "is")[0] ? textOf(elements(cell, "is")[0]!) : "";
  if (v === null) {
    const formula = elements(cell, "f")[0]?.textContent;
    return formula ? `=${formula}` : "";
  }
  if (type === "s") return shared[Number(v)] ?? "";
  if (type === "b") return v === "1" ? "true" : "false";
  if (type === "str" || type === "e") return v;
  const number = Number(v);
  if (Number.isNaN(number)) return v;
  return isDate[Number(cell.getAttribute("s") ?? 0)] ? excelDateText(number) : String(number);
}

/** Every worksheet of the workbook, in order, each row at index (Excel row number − 1). */
export async function readXlsxSheets(bytes: Uint8Array): Promise<SheetRows[]> {
  const entries = zipEntries(bytes);
  const workbookText = await entryText(bytes, entries, "xl/workbook.xml");
  if (!workbookText) throw damagedXlsx();
  const relations = new Map(
    elements(xml((await entryText(bytes, entries, "xl/_rels/workbook.xml.rels")) ?? "<r/>"), "Relationship").map(
      (r) => [r.getAttribute("Id"), r.getAttribute("Target") ?? ""]
    )
  );
  const sharedText = await entryText(bytes, entries, "xl/sharedStrings.xml");
  const shared = sharedText ? elements(xml(sharedText), "si").map(textOf) : [];
  const stylesText = await entryText(bytes, entries, "xl/styles.xml");
  const isDate = dateStyles(stylesText ? xml(stylesText) : undefined);
  const sheets: SheetRows[] = [];
  for (const sheet of elements(xml(workbookText), "sheet")) {
    const relation = [...sheet.attributes].find((a) => a.localName === "id")?.value;
    const target = relations.get(relation ?? "") ?? "";
    const path = target.startsWith("/") ? target.slice(1) : `xl/${target}`;
    const text = await entryText(bytes, entries, path);
    if (text === undefined) throw damagedXlsx();
    const rows: string[][] = [];
    let previous = 0;
    for (const row of elements(xml(text), "row")) {
      const number = Number(row.getAttribute("r") ?? previous + 1);
      previous = number;
      const cells: string[] = [];
      let position = 0;
      for (const cell of elements(row, "c")) {
        const ref = cell.getAttribute("r");
        position = ref ? columnIndex(ref) : position;
        cells[position] = cellText(cell, shared, isDate);
        position++;
      }
      rows[number - 1] = Array.from(cells, (c) => c ?? "");
    }
    sheets.push({name: sheet.getAttribute("name") ?? "", rows: Array.from(rows, (r) => r ?? [])});
  }
  if (sheets.length === 0) throw noWorksheet();
  return sheets;
}
