// What a careless officer and a hostile user sent (issue 14), loaded into a real warehouse: nothing lost,
// nothing leaked, every refusal with a reason in Vietnamese and English.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from "node:fs";
import {join} from "node:path";
import {afterEach, beforeEach, describe, expect, test} from "vitest";
import {describeFailure} from "../../cli/failure.js";
import {ingestFile, type FileReport, type SheetReport} from "../../loaders/ingest/load-file.js";
import {checkExpansion} from "../../loaders/ingest/read-xlsx.js";
import {withdrawRows} from "../../loaders/ingest/withdraw.js";
import {openWarehouse} from "../../loaders/open-warehouse.js";
import {queryRows, type Warehouse} from "../../loaders/warehouse/connection.js";
import {
  INCIDENT_HEADER,
  incidentRow,
  openTempWarehouse,
  writeCsv,
  writeIncidentsCsv,
  writeXlsx
} from "../fixtures/files.js";

let dir: string;
let warehouse: Warehouse;
beforeEach(async () => ({dir, warehouse} = await openTempWarehouse()));
afterEach(() => warehouse.close());

async function load(path: string): Promise<SheetReport> {
  const report = await ingestFile(warehouse.connection, path);
  expect(report.refused).toBeUndefined();
  return report.sheets[0]!;
}
async function refusal(path: string): Promise<NonNullable<FileReport["refused"]>> {
  const report = await ingestFile(warehouse.connection, path);
  expect(report.sheets).toEqual([]);
  expect(report.refused).toBeDefined();
  return report.refused!;
}
const rows = <T = Record<string, unknown>>(sql: string) => queryRows<T>(warehouse.connection, sql);
const csvLine = (cells: (string | number)[]) => cells.join(";");

test("1. a CSV whose line endings mix CRLF and LF loads every row", async () => {
  const lines = [INCIDENT_HEADER, ...[1, 2, 3, 4].map((i) => incidentRow({"Mã vụ": `v${i}`}))].map(csvLine);
  const file = join(dir, "mixed-endings.csv");
  writeFileSync(file, `${lines[0]}\r\n${lines[1]}\n${lines[2]}\r\n${lines[3]}\n${lines[4]}\r\n`);
  expect(await load(file)).toMatchObject({rowsRead: 4, accepted: 4, rejected: 0});
  const ids = await rows<{incident_id: string}>("SELECT incident_id FROM incidents ORDER BY 1");
  expect(ids.map((r) => r.incident_id)).toEqual(["v1", "v2", "v3", "v4"]);
});

test("2. a two-digit year or a date before 1990 is rejected with its reason, never stored as year 24", async () => {
  const sheet = await load(
    writeIncidentsCsv(join(dir, "short-years.csv"), [
      {"Mã vụ": "a", "Ngày xảy ra": "15/03/24"},
      {"Mã vụ": "b", "Ngày xảy ra": "1/1/1"},
      {"Mã vụ": "c", "Ngày xảy ra": "1989-12-31"},
      {"Mã vụ": "d", "Ngày xảy ra": "15/03/2024"}
    ])
  );
  expect(sheet).toMatchObject({accepted: 1, rejected: 3});
  expect(sheet.firstRejects.map((r) => [r.src_row, r.column_name])).toEqual([
    [2, "occurred_on"],
    [3, "occurred_on"],
    [4, "occurred_on"]
  ]);
  expect(sheet.firstRejects[0]!.reason_vi).toContain("4 chữ số");
  expect(sheet.firstRejects[0]!.reason_en).toContain("four digits");
  expect(await rows("SELECT incident_id, strftime(occurred_on, '%Y-%m-%d') AS occurred_on FROM incidents")).toEqual([
    {incident_id: "d", occurred_on: "2024-03-15"}
  ]);
});

describe("3. incidents are keyed by unit and number", () => {
  test("two districts that both number their incidents 1, 2 keep all four", async () => {
    const district = (code: string) =>
      writeIncidentsCsv(join(dir, `huyen-${code}.csv`), [
        {"Mã vụ": "1", "Mã địa bàn": code},
        {"Mã vụ": "2", "Mã địa bàn": code, "Số người chết": 0}
      ]);
    expect(await load(district("063"))).toMatchObject({added: 2, replaced: 0});
    expect(await load(district("064"))).toMatchObject({added: 2, replaced: 0, unchanged: 0});
    const [{n, deaths}] = await rows<{n: number; deaths: number}>(
      "SELECT count(*)::INT AS n, sum(deaths)::INT AS deaths FROM incidents"
    );
    expect({n, deaths}).toEqual({n: 4, deaths: 2});
  });

  test("a row is withdrawn by its key, logged, and the rest stays", async () => {
    await load(
      writeIncidentsCsv(join(dir, "dup.csv"), [
        {"Mã vụ": "7", "Mã địa bàn": "063"},
        {"Mã vụ": "8", "Mã địa bàn": "063", "Số người bị nạn": 2, "Số người chết": 2}
      ])
    );
    const withdrawn = await withdrawRows(
      warehouse.connection,
      "incidents",
      {unit_code: "063", incident_id: "8"},
      "trùng với vụ 7"
    );
    expect(withdrawn).toMatchObject([{incident_id: "8", unit_code: "063", deaths: 2}]);
    expect(await rows("SELECT incident_id, deaths FROM incidents")).toEqual([{incident_id: "7", deaths: 1}]);
    expect(await rows(`SELECT dataset, "rows", reason FROM withdrawals`)).toEqual([
      {dataset: "incidents", rows: 1, reason: "trùng với vụ 7"}
    ]);
    // no row with that key (any more): refused, nothing changes
    await expect(withdrawRows(warehouse.connection, "incidents", {unit_code: "063", incident_id: "8"})).rejects.toThrow(
      /nothing withdrawn/
    );
    // a key without the unit would withdraw every district's incident 7: refused
    await expect(withdrawRows(warehouse.connection, "incidents", {incident_id: "7"})).rejects.toThrow(
      /missing: unit_code/
    );
    expect(await rows("SELECT count(*)::INT AS n FROM incidents")).toEqual([{n: 1}]);
  });
});

describe("4. numbers and cells that are not what they seem", () => {
  test("a count of 2³¹ or more, or of 100,000,000 or more, rejects its row (out of range), the others load", async () => {
    const sheet = await load(
      writeIncidentsCsv(join(dir, "big.csv"), [
        {"Mã vụ": "1", "Số người bị nạn": "079123456789"},
        {"Mã vụ": "2", "Số người bị nạn": 2147483648},
        // Fits an INTEGER, but no accident has two billion victims (the hostile trial loaded it).
        {"Mã vụ": "3", "Số người bị nạn": 2147483647, "Số người chết": 0},
        {"Mã vụ": "4", "Số người bị nạn": 99999999, "Số người chết": 0}
      ])
    );
    expect(sheet).toMatchObject({accepted: 1, rejected: 3});
    expect(sheet.firstRejects.map((r) => r.column_name)).toEqual(["victims", "victims", "victims"]);
    expect(sheet.firstRejects[0]!.reason_en).toContain("too large");
    expect(await rows("SELECT victims FROM incidents")).toEqual([{victims: 99999999}]);
  });

  test("an XLSX formula without a cached value and an Excel error are rejected as such", async () => {
    const header = ["Năm", "Mã địa bàn", "Số lao động"];
    const file = await writeXlsx(join(dir, "formulas.xlsx"), [
      {
        name: "workforce",
        rows: [
          header,
          [2024, "01", {formula: "B9*2"} as never],
          [2024, "02", {error: "#REF!"} as never],
          [2024, "04", 500]
        ]
      }
    ]);
    const sheet = await load(file);
    expect(sheet).toMatchObject({accepted: 1, rejected: 2});
    expect(sheet.firstRejects.map((r) => r.reason_en)).toEqual([
      expect.stringContaining("formula without a computed value"),
      expect.stringContaining("Excel error")
    ]);
    const stored = await rows<{raw: string}>("SELECT raw FROM rejects ORDER BY src_row");
    expect(stored.map((r) => JSON.parse(r.raw).workers)).toEqual(["=B9*2", "#REF!"]);
    expect(JSON.stringify(stored)).not.toContain("[object Object]");
  });
});

test("5. a file name is not a glob pattern: [ ] and * read that file only", async () => {
  const file = (name: string, id: string) => writeIncidentsCsv(join(dir, name), [{"Mã vụ": id}]);
  file("bc 2.csv", "from-bc-2");
  file("bc a.csv", "from-bc-a");
  expect(await load(file("bc [2].csv", "from-brackets"))).toMatchObject({accepted: 1});
  expect(await load(file("bc *.csv", "from-star"))).toMatchObject({accepted: 1});
  const ids = await rows<{incident_id: string}>("SELECT incident_id FROM incidents ORDER BY 1");
  expect(ids.map((r) => r.incident_id)).toEqual(["from-brackets", "from-star"]);
});

test("6. rejects follow the row, not the file name: a renamed copy or a correction leaves none stale", async () => {
  const sent = [{"Mã vụ": "1"}, {"Mã vụ": "2", "Mã ngành": "??"}];
  await load(writeIncidentsCsv(join(dir, "bc.csv"), sent));
  await load(writeIncidentsCsv(join(dir, "bc - Copy.csv"), sent)); // the same bytes, renamed
  expect(await rows("SELECT file_name, src_row FROM rejects")).toEqual([{file_name: "bc - Copy.csv", src_row: 3}]);
  // the correction, under a new name, fixes row 2's sector
  const fixed = await load(writeIncidentsCsv(join(dir, "bc sửa.csv"), [{"Mã vụ": "2", "Mã ngành": "F"}]));
  expect(fixed).toMatchObject({accepted: 1, rejected: 0, added: 1});
  expect(await rows("SELECT * FROM rejects")).toEqual([]);
  expect(await rows("SELECT count(*)::INT AS n FROM incidents")).toEqual([{n: 2}]);
});

describe("7. personal data in free text and file names is masked before it is stored", () => {
  const secrets = ["Nguyễn Văn An", "001090012345", "0912 345 678", "an.nguyen@gmail.com", "Trần Thị Bích"];

  test("cause, task note and the file name; the summary counts the masked values", async () => {
    const header = [...INCIDENT_HEADER, "Nguyên nhân"];
    const incidents = writeCsv(join(dir, "Báo cáo vụ anh Nguyễn Văn An.csv"), [
      header,
      [...incidentRow({"Mã vụ": "1"}), "anh Nguyễn Văn An (CCCD 001090012345, SĐT 0912 345 678) ngã từ giàn giáo"],
      [...incidentRow({"Mã vụ": "2"}), "Điện giật, báo an.nguyen@gmail.com"],
      [...incidentRow({"Mã vụ": "3", "Mã ngành": "??"}), "chị Trần Thị Bích bị kẹp tay"],
      [...incidentRow({"Mã vụ": "4"}), "Ngã cao tại công trình Hòa Bình"]
    ]);
    const sheet = await load(incidents);
    // three causes (one of them in a rejected row) and the file name
    expect(sheet.maskedValues).toBe(4);
    const tasks = await load(
      writeCsv(join(dir, "tasks.csv"), [
        ["Năm", "Mã địa bàn", "Mã nhiệm vụ", "Tình trạng", "Ghi chú"],
        [2024, "01", "1.1", "hoàn thành", "Liên hệ bà Trần Thị Bích 0912.345.678"]
      ])
    );
    expect(tasks.maskedValues).toBe(1);
    expect(await rows("SELECT cause FROM incidents ORDER BY incident_id")).toEqual([
      {cause: "anh *** (CCCD ***, SĐT ***) ngã từ giàn giáo"},
      {cause: "Điện giật, báo ***"},
      {cause: "Ngã cao tại công trình Hòa Bình"}
    ]);
    expect(await rows("SELECT note FROM task_status")).toEqual([{note: "Liên hệ bà *** ***"}]);
    expect(await rows("SELECT DISTINCT file_name, masked_values FROM loads ORDER BY 1")).toEqual([
      {file_name: "Báo cáo vụ anh ***.csv", masked_values: 4},
      {file_name: "plans.csv", masked_values: 0}, // the built-in plans every warehouse loads
      {file_name: "tasks.csv", masked_values: 1}
    ]);
    // nowhere in the warehouse: not in rows, rejects, the load log, nor any byte of the file
    await warehouse.connection.run("CHECKPOINT");
    const dump = JSON.stringify(
      await rows(
        "SELECT (SELECT list(i) FROM incidents i) a, (SELECT list(r) FROM rejects r) b, (SELECT list(l) FROM loads l) c, (SELECT list(t) FROM task_status t) d"
      )
    );
    warehouse.close();
    const bytes = readFileSync(join(dir, "warehouse.duckdb"));
    for (const secret of secrets) {
      expect(dump.includes(secret), secret).toBe(false);
      expect(bytes.includes(Buffer.from(secret)), secret).toBe(false);
    }
    warehouse = await openWarehouse(join(dir, "warehouse.duckdb"));
  });
});

describe("8. personal columns never reach DuckDB", () => {
  test("no temporary table of a load holds a dropped column's values", async () => {
    const names = ["Lê Văn Tám", "Võ Thị Sáu"];
    const file = writeCsv(join(dir, "with-names.csv"), [
      ["Họ và tên nạn nhân", "Số CCCD", ...INCIDENT_HEADER],
      [names[0]!, "079123456789", ...incidentRow({"Mã vụ": "1"})],
      [names[1]!, "079123456788", ...incidentRow({"Mã vụ": "2"})]
    ]);
    expect((await load(file)).personalColumnsDropped).toEqual(["Họ và tên nạn nhân", "Số CCCD"]);
    const temps = await rows<{table_name: string}>(
      "SELECT DISTINCT table_name FROM duckdb_tables() WHERE temporary UNION SELECT view_name FROM duckdb_views() WHERE temporary AND NOT internal"
    );
    expect(temps.length).toBeGreaterThan(0);
    for (const {table_name} of temps) {
      const content = JSON.stringify(await rows(`SELECT * FROM "${table_name}"`), (_k, v) =>
        typeof v === "bigint" ? Number(v) : v
      );
      for (const secret of [...names, "079123456789"]) expect(content.includes(secret), table_name).toBe(false);
    }
  });

  test("a spill folder left by a killed load is removed when the warehouse next opens", async () => {
    warehouse.close();
    const spill = join(dir, "warehouse.duckdb.tmp");
    mkdirSync(spill);
    writeFileSync(join(spill, "duckdb_temp_block-4611686018427388032.block"), "Lê Văn Tám");
    warehouse = await openWarehouse(join(dir, "warehouse.duckdb"));
    expect(existsSync(spill)).toBe(false);
  });
});

describe("9. files that cannot be read are refused with a reason in both languages, no raw data", () => {
  const expectReason = (reason: {vi: string; en: string}, vi: string | RegExp, en: string | RegExp) => {
    expect(reason.vi).toMatch(vi);
    expect(reason.en).toMatch(en);
    expect(`${reason.vi}${reason.en}`).not.toMatch(/Error:|\n|at .*\.ts/);
  };

  test("Windows-1258 bytes after the first 256 KiB", async () => {
    const good = [INCIDENT_HEADER, ...Array.from({length: 9000}, (_, i) => incidentRow({"Mã vụ": `r${i}`}))];
    const text = good.map(csvLine).join("\n");
    expect(text.length).toBeGreaterThan(256 * 1024);
    const file = join(dir, "cp1258.csv");
    // An incident number "Ngã" in Windows-1258: ã is 0xE3, not valid UTF-8
    const [, ...rest] = incidentRow();
    writeFileSync(
      file,
      Buffer.concat([Buffer.from(`${text}\nNg`), Buffer.from([0xe3]), Buffer.from(`;${csvLine(rest)}\n`)])
    );
    expectReason(await refusal(file), /UTF-8/, /not UTF-8/);
    expect(await rows("SELECT count(*)::INT AS n FROM incidents")).toEqual([{n: 0}]);
  });

  test("an unclosed quote: the line where it opens, not the data", async () => {
    const file = join(dir, "quote.csv");
    const lines = [INCIDENT_HEADER, incidentRow({"Mã vụ": "1"}), incidentRow({"Mã vụ": '"2 secret-cell'})];
    writeFileSync(file, `${lines.map(csvLine).join("\n")}\n${csvLine(incidentRow({"Mã vụ": "3"}))}\n`);
    const reason = await refusal(file);
    expectReason(reason, /dòng 3/, /line 3/);
    expect(JSON.stringify(reason)).not.toContain("secret-cell");
  });

  test("a row much wider than the first 40 is read (its extra cells ignored)", async () => {
    const lines = [INCIDENT_HEADER, ...Array.from({length: 60}, (_, i) => incidentRow({"Mã vụ": `w${i}`}))];
    lines.push([...incidentRow({"Mã vụ": "wide"}), ...Array.from({length: 80}, () => "x")]);
    expect(await load(writeCsv(join(dir, "wide.csv"), lines))).toMatchObject({accepted: 61, rejected: 0});
  });

  test("10,000 columns", async () => {
    const file = join(dir, "columns.csv");
    writeFileSync(file, `${[...INCIDENT_HEADER, ...Array.from({length: 10_000}, (_, i) => `c${i}`)].join(";")}\n1;2\n`);
    expectReason(await refusal(file), /10\.?\d* cột|cột/, /columns/);
  });

  test("a folder given as a file", async () => {
    const folder = join(dir, "folder.csv");
    mkdirSync(folder);
    expectReason(await refusal(folder), /thư mục/, /folder/);
  });
});

/** Rewrites the uncompressed size the zip's central directory declares for one entry. */
function declareSize(file: string, entryName: string, size: number): void {
  const bytes = readFileSync(file);
  const signature = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
  const name = Buffer.from(entryName);
  let entry = -1;
  for (let p = bytes.indexOf(signature); p >= 0; p = bytes.indexOf(signature, p + 4))
    if (bytes.subarray(p + 46, p + 46 + name.length).equals(name)) entry = p;
  expect(entry, entryName).toBeGreaterThan(0);
  bytes.writeUInt32LE(size, entry + 24);
  writeFileSync(file, bytes);
}

describe("10. an XLSX that would expand beyond the bound (a zip bomb) is refused before it is read", () => {
  test("as its central directory declares (2.9 GB of shared strings, as the 9.8 MB bomb did)", async () => {
    const file = await writeXlsx(join(dir, "bomb.xlsx"), [
      {
        name: "workforce",
        rows: [
          ["Năm", "Mã địa bàn", "Số lao động"],
          [2024, "01", 10]
        ]
      }
    ]);
    declareSize(file, "xl/sharedStrings.xml", 2_900_000_000);
    const reason = await refusal(file);
    expect(reason.vi).toContain("giải nén");
    expect(reason.en).toContain("expands to more than 2,765.7 MB (shared strings 2,765.7 MB)");
  });

  test("as it really inflates, when the directory lies about it", async () => {
    // 20,000 different strings: about 0.9 MB of shared strings, declared as 10 bytes; bound at 0.5 MB
    const strings = Array.from({length: 20_000}, (_, i) => [`chuỗi dùng chung số ${i} ${"x".repeat(20)}`]);
    const file = await writeXlsx(join(dir, "liar.xlsx"), [{name: "notes", rows: strings}]);
    declareSize(file, "xl/sharedStrings.xml", 10);
    const limits = {total: 100 * 1024 ** 2, sharedStrings: 0.5 * 1024 ** 2};
    await expect(checkExpansion(file, limits)).rejects.toMatchObject({
      en: expect.stringMatching(/shared strings 0\.5 MB\), beyond the limit of 100 MB \(0\.5 MB\)/)
    });
    // within a bound it is not refused
    await expect(checkExpansion(file, {total: 100 * 1024 ** 2, sharedStrings: 2 * 1024 ** 2})).resolves.toBeUndefined();
  });
});

test("9. a full disk is told as such, not masked by the ROLLBACK that follows it", async () => {
  const file = writeIncidentsCsv(join(dir, "full.csv"), [{"Mã vụ": "1"}]);
  // A connection whose COMMIT fails as on a full disk: DuckDB has then already ended the transaction,
  // so the ROLLBACK in the error handler fails too ("no transaction is active").
  const real = warehouse.connection;
  const failing = new Proxy(real, {
    get(target, property) {
      if (property !== "run") return Reflect.get(target, property, target);
      return async (sql: string) => {
        if (sql !== "COMMIT") return target.run(sql);
        await target.run("ROLLBACK");
        throw Object.assign(new Error("IO Error: Could not write file: No space left on device"), {code: "ENOSPC"});
      };
    }
  });
  const error = await ingestFile(failing, file).catch((e: Error) => e);
  expect(error).toBeInstanceOf(Error);
  expect((error as Error).message).toContain("No space left on device");
  const reason = describeFailure(error);
  expect(reason.vi).toContain("Hết chỗ trên đĩa");
  expect(reason.en).toContain("No space left on device");
  expect(await rows("SELECT count(*)::INT AS n FROM incidents")).toEqual([{n: 0}]);
});
