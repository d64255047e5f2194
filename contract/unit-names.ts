// Vietnamese names of units and of the bodies that issue plans, in English: the level word goes after the
// place and is translated ("Tỉnh Kon Tum" → "Kon Tum Province"; "Ủy ban nhân dân tỉnh Kon Tum" → "Kon Tum
// Province People's Committee"). Place names keep their letters. The loaders (a plan's reason) and the
// pages (plan line, report) name units through here.

/** The level words that start a unit's name, longest first, with their English word. */
const LEVEL_WORDS: [string, string][] = [
  ["thành phố", "City"],
  ["thị trấn", "Township"],
  ["thị xã", "Town"],
  ["đặc khu", "Special Zone"],
  ["tỉnh", "Province"],
  ["huyện", "District"],
  ["quận", "District"],
  ["phường", "Ward"],
  ["xã", "Commune"]
];

/** A unit's name as its level word (if any, as written) and its place: "Tỉnh Kon Tum" → {level: "Tỉnh", place: "Kon Tum"}. */
export function splitUnitName(name: string): {level: string | null; english: string | null; place: string} {
  for (const [word, english] of LEVEL_WORDS) {
    const head = name.slice(0, word.length);
    if (head.toLocaleLowerCase("vi") === word && name[word.length] === " ")
      return {level: head, english, place: name.slice(word.length + 1).trim()};
  }
  return {level: null, english: null, place: name};
}

/** "Tỉnh Kon Tum" → "Kon Tum Province"; a name without a level word ("Hà Nội", a new province) as it is. */
export function englishUnitName(name: string): string {
  const {english, place} = splitUnitName(name);
  return english ? `${place} ${english}` : place;
}

/** The kinds of document a plan is issued as, in English ("Phụ lục kèm" first: it holds "Kế hoạch"). */
const DOCUMENT_WORDS: [string, string][] = [
  ["Phụ lục kèm ", "Annex to "],
  ["Kế hoạch", "Plan"],
  ["Nghị quyết", "Resolution"],
  ["Quyết định", "Decision"],
  ["Chương trình", "Programme"],
  ["Chỉ thị", "Directive"]
];

/** "Kế hoạch 2024" → "Plan 2024", "Nghị quyết 19/NQ-CP 2022-02-16" → "Resolution 19/NQ-CP 2022-02-16". */
export function englishDocumentName(name: string): string {
  return DOCUMENT_WORDS.reduce((text, [vi, en]) => text.replace(vi, en), name.normalize("NFC"));
}

/** "Ủy ban nhân dân " with either placement of the tone mark (Ủy, Uỷ), in any case, or its "UBND ". */
const COMMITTEE = /^(?:(?:ủy|uỷ) ban nhân dân|ubnd)\s+/iu;

/**
 * A plan's issuer in English: a People's Committee after its unit, with the units in brackets too
 * ("Ủy ban nhân dân huyện Bạch Thông (tỉnh Bắc Kạn)" → "Bạch Thông District People's Committee (Bắc Kạn
 * Province)"); the Government by its English name; any other body as written.
 */
export function englishBodyName(name: string): string {
  if (name.trim().toLocaleLowerCase("vi") === "chính phủ") return "the Government";
  const committee = COMMITTEE.exec(name.normalize("NFC"));
  if (!committee) return name;
  const [, unit = "", within] = /^(.*?)\s*(?:\((.*)\))?$/.exec(name.normalize("NFC").slice(committee[0].length))!;
  const around = within ? ` (${within.split(/,\s*/).map(englishUnitName).join(", ")})` : "";
  return `${englishUnitName(unit)} People's Committee${around}`;
}
