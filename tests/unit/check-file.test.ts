// The check page reads a CSV's records itself (then the ingest's rules check them): the same records the
// ingest reads, whatever the file's BOM, line endings or last line.
import {expect, test} from "vitest";
import {csvSheet} from "../../contract/ingest/check-file.js";
import {RefusedFile} from "../../contract/ingest/refusals.js";

const bytes = (text: string) => new TextEncoder().encode(text);

test("a BOM, CRLF and LF mixed, a quoted line break, and a last line without a line break", () => {
  const sheet = csvSheet(bytes('\ufeffMã vụ;Nguyên nhân\r\nV-1;"ngã\ntừ giàn giáo"\nV-2;"điện ""giật"""\r\n\r\nV-3;x'));
  expect(sheet).toEqual({
    name: null,
    rows: [["Mã vụ", "Nguyên nhân"], ["V-1", "ngã\ntừ giàn giáo"], ["V-2", 'điện "giật"'], [""], ["V-3", "x"]]
  });
});

test("the delimiter is found as the ingest finds it (comma, semicolon or tab)", () => {
  expect(csvSheet(bytes("a\tb\tc\n1\t2\t3\n")).rows).toEqual([
    ["a", "b", "c"],
    ["1", "2", "3"]
  ]);
  expect(csvSheet(bytes("a,b;c\n1,2;3\n1,2;3\n")).rows[0]).toEqual(["a", "b;c"]);
});

test("a file that is not UTF-8 is refused, in Vietnamese and English", () => {
  // "Mã" in Windows-1258: 0xE3 alone is not UTF-8.
  const refusal = (() => {
    try {
      csvSheet(new Uint8Array([0x4d, 0xe3, 0x3b, 0x41, 0x0a]));
    } catch (error) {
      return error;
    }
  })();
  expect(refusal).toBeInstanceOf(RefusedFile);
  expect((refusal as RefusedFile).vi).toMatch(/không ở mã UTF-8/);
  expect((refusal as RefusedFile).en).toMatch(/not UTF-8/);
});
