// Tile maps of Vietnam that need no boundary data: one square per province, placed roughly where it
// lies (row = north to south, column = west to east), for the 63 provinces before 1 July 2025 and the
// 34 after. The archipelagos Hoàng Sa (Đà Nẵng) and Trường Sa (Khánh Hòa) are drawn as well.
export interface Tile {
  code: string;
  row: number;
  column: number;
}

const layout = (rows: string[][]): Tile[] =>
  rows.flatMap((cells, row) => cells.flatMap((code, column) => (code ? [{code, row, column}] : [])));

// Each string array is one row; "" leaves a gap.
export const TILES_63 = layout([
  ["", "", "", "02", "04"],
  ["11", "12", "10", "08", "06", "20"],
  ["", "14", "15", "25", "19", "24", "22"],
  ["", "", "17", "26", "01", "27", "30", "31"],
  ["", "", "37", "35", "33", "34", "36"],
  ["", "", "38"],
  ["", "", "40"],
  ["", "", "", "42"],
  ["", "", "", "44"],
  ["", "", "", "45"],
  ["", "", "", "", "46"],
  ["", "", "", "", "", "48"],
  ["", "", "", "", "49", "51"],
  ["", "", "", "", "62", "52"],
  ["", "", "", "", "64", "54"],
  ["", "", "", "", "66", "56"],
  ["", "", "", "67", "68", "58"],
  ["", "", "70", "75", "60"],
  ["", "72", "74", "79", "77"],
  ["89", "87", "80", "82"],
  ["91", "92", "86", "83"],
  ["", "93", "94", "84"],
  ["96", "95"]
]);

export const TILES_34 = layout([
  ["", "", "", "08", "04"],
  ["11", "12", "15", "", "19", "20"],
  ["", "14", "25", "01", "24", "22"],
  ["", "", "", "37", "33", "31"],
  ["", "", "38"],
  ["", "", "40"],
  ["", "", "", "42"],
  ["", "", "", "44"],
  ["", "", "", "", "46"],
  ["", "", "", "", "", "48"],
  ["", "", "", "", "", "51"],
  ["", "", "", "", "52"],
  ["", "", "", "", "66", "56"],
  ["", "", "", "", "68"],
  ["", "80", "", "75"],
  ["", "", "79"],
  ["91", "82", "86"],
  ["", "92"],
  ["96"]
]);

/** The archipelagos, placed off the coast of the province they belong to. */
export const ARCHIPELAGOS = [
  {name: {vi: "Quần đảo Hoàng Sa (Đà Nẵng)", en: "Hoàng Sa archipelago (Đà Nẵng)"}, province: "48", row: 10, column: 8},
  {
    name: {vi: "Quần đảo Trường Sa (Khánh Hòa)", en: "Trường Sa archipelago (Khánh Hòa)"},
    province: "56",
    row: 17,
    column: 8
  }
];
