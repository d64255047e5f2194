// Personal data typed into free text ("anh Nguyễn Văn A, CCCD 001090012345, SĐT 0912 345 678") and file
// names ("Báo cáo vụ … chị Trần Thị B.xlsx") is masked before anything is stored: ID numbers (9 or 12
// digits), phone numbers (0… or +84…, with spaces, dots or dashes), e-mail addresses, and names marked by
// a title (ông, bà, anh, chị) followed by capitalised words. The title stays, so the text still reads.
import {PERSONAL_DATA_MASK} from "../../contract/ingest/datasets.js";

export const MASK = PERSONAL_DATA_MASK;

const DIGIT_BEFORE = "(?<![\\p{N}.,])";
const DIGIT_AFTER = "(?![\\p{N}]|[.,]\\p{N})";
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
const NUMBERS: RegExp[] = [
  // Phones: 0 or (+)84 — "(+84)" too — then 9–10 digits, groups split by a space, dot or dash.
  new RegExp(`${DIGIT_BEFORE}(?:\\(?\\+84\\)?|84|0)(?:[ .-]?\\d){9,10}${DIGIT_AFTER}`, "gu"),
  // ID card / citizen ID numbers: 12 or 9 digits, whole or in groups of three (space, dot or dash).
  new RegExp(`${DIGIT_BEFORE}(?:\\d{12}|\\d{9}|\\d{3}(?:[ .-]\\d{3}){3}|\\d{3}(?:[ .-]\\d{3}){2})${DIGIT_AFTER}`, "gu")
];
// In a record's number only what is written the way people write a mobile phone (10 digits from 03, 05,
// 07, 08 or 09: joined, 4-3-3 or 3-3-4, or after +84) or an ID card in four groups of three: numbering
// schemes such as 08-2024-0001 (2-4-4) or 0120240001 (no mobile prefix) are left alone.
const ID_BEFORE = "(?<!\\p{N})";
const ID_AFTER = "(?!\\p{N})";
const IDENTIFIER_NUMBERS: RegExp[] = [
  new RegExp(
    `${ID_BEFORE}(?:0|\\(?\\+84\\)?[ .-]?|84)[35789]\\d(?:\\d{7}|\\d[ .-]\\d{3}[ .-]\\d{3}|[ .-]\\d{3}[ .-]\\d{4})${ID_AFTER}`,
    "gu"
  ),
  new RegExp(`${ID_BEFORE}\\d{3}(?:[ .-]\\d{3}){3}${ID_AFTER}`, "gu")
];
// A title, then one to five words that start with a capital letter (Vietnamese names: Nguyễn Văn A).
const TITLED_NAME =
  /(?<!\p{L})((?:[ôÔ]ng|ÔNG|[bB]à|BÀ|[aA]nh|ANH|[cC]hị|CHỊ)\s+)\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*){0,4}(?!\p{L})/gu;

/**
 * The text with personal data masked, and whether anything was; for an `identifier`, numbers only in the
 * shapes of a phone or an ID card as people write them.
 */
export function maskPersonalData(text: string, {identifier = false} = {}): {text: string; masked: boolean} {
  let result = text.normalize("NFC");
  for (const pattern of [EMAIL, ...(identifier ? IDENTIFIER_NUMBERS : NUMBERS)]) result = result.replace(pattern, MASK);
  result = result.replace(TITLED_NAME, `$1${MASK}`);
  const masked = result !== text.normalize("NFC");
  return {text: masked ? result : text, masked};
}

/**
 * A cheap test, in DuckDB's regular expressions, that a text may hold something to mask: only texts that
 * pass it are looked at with the patterns above (a superset: an @, three digits, or a capital after a space).
 */
export const MAY_HOLD_PERSONAL_DATA_SQL = "@|[0-9]{3}|\\s\\p{Lu}";
