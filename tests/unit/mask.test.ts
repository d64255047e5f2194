// The patterns that mask personal data in free text and file names, one by one, and what they leave alone.
import {describe, expect, test} from "vitest";
import {MASK, maskPersonalData} from "../../loaders/ingest/mask.js";

const masked = (text: string) => maskPersonalData(text).text;

describe("masked", () => {
  test.each([
    ["CMND 9 digits", "CMND 123456789 cấp 2010", `CMND ${MASK} cấp 2010`],
    ["CCCD 12 digits", "CCCD: 001090012345.", `CCCD: ${MASK}.`],
    ["CCCD in groups of three", "số 001 090 012 345", `số ${MASK}`],
    ["CCCD with dashes (hostile trial)", "(CCCD: 001-234-567-890)", `(CCCD: ${MASK})`],
    ["(+84) with dashes (hostile trial)", "gọi (+84) 912-345-678", `gọi ${MASK}`],
    ["mobile", "gọi 0912345678 ngay", `gọi ${MASK} ngay`],
    ["mobile with spaces", "SĐT 0912 345 678", `SĐT ${MASK}`],
    ["mobile with dots", "ĐT 0912.345.678", `ĐT ${MASK}`],
    ["+84 with spaces", "liên hệ +84 912 345 678", `liên hệ ${MASK}`],
    ["+84 joined", "+84912345678", MASK],
    ["landline (11 digits)", "máy bàn 024 3825 1234", `máy bàn ${MASK}`],
    ["e-mail", "gửi nguyen.van.a@gmail.com hôm qua", `gửi ${MASK} hôm qua`],
    ["name after ông", "ông Nguyễn Văn An bị ngã", `ông ${MASK} bị ngã`],
    ["name after bà", "Bà Lê Thị Hoa", `Bà ${MASK}`],
    ["name after anh", "anh Trần A, thợ hàn", `anh ${MASK}, thợ hàn`],
    ["name after chị", "chị Phạm Thị Mai (công nhân)", `chị ${MASK} (công nhân)`],
    ["title in capitals", "ÔNG NGUYỄN VĂN AN", `ÔNG ${MASK}`],
    ["decomposed (NFD) text", "ông Nguyễn Văn A".normalize("NFD"), `ông ${MASK}`]
  ])("%s", (_label, input, expected) => {
    expect(masked(input)).toBe(expected);
    expect(maskPersonalData(input).masked).toBe(true);
  });

  test("everything in one cause, the way an officer would type it", () => {
    expect(masked("Anh Nguyễn Văn A (CCCD 001090012345, SĐT 0912 345 678, a@b.vn) ngã từ giàn giáo")).toBe(
      `Anh ${MASK} (CCCD ${MASK}, SĐT ${MASK}, ${MASK}) ngã từ giàn giáo`
    );
  });
});

describe("left alone", () => {
  test.each([
    ["a date", "ngày 15/03/2024"],
    ["counts and a year", "3 người, năm 2024, 12 giờ"],
    ["a decimal figure", "độ cao 12.345678 m"],
    ["8 and 10 digits that are no phone", "mã 12345678 và 1234567890"],
    ["13 digits", "1234567890123"],
    ["title words without a name", "anh em công nhân, chị em phụ nữ"],
    ["words that contain a title", "Thanh Hóa, khánh thành, bàn giao"],
    ["a company name", "Công ty Xây dựng Hòa Bình"]
  ])("%s", (_label, input) => {
    expect(maskPersonalData(input)).toEqual({text: input, masked: false});
  });
});

describe("in a record's number (incident_id)", () => {
  const asIdentifier = (text: string) => maskPersonalData(text, {identifier: true});
  test.each([
    ["a mobile joined", "0912345678", MASK],
    ["a mobile 4-3-3", "vụ 0912 345 678", `vụ ${MASK}`],
    ["a mobile 3-3-4 with dashes", "091-234-5678", MASK],
    ["+84", "+84 912 345 678", MASK],
    ["an ID card in groups of three", "001.090.012.345", MASK],
    ["a name after a title", "vu-anh Nguyễn Văn A", `vu-anh ${MASK}`],
    ["an e-mail", "a.b@c.vn/01", `${MASK}/01`]
  ])("%s is masked", (_label, input, expected) => {
    expect(asIdentifier(input)).toEqual({text: expected, masked: true});
  });

  test.each([
    ["the demo's scheme", "01-2024-0001"],
    ["a province whose code is a mobile prefix", "08-2024-0001"],
    ["ten digits without a mobile prefix", "0120240001"],
    ["a scheme with letters", "TNLĐ/2025/0912"],
    ["a long serial", "2025000123456"]
  ])("%s is left alone", (_label, input) => {
    expect(asIdentifier(input)).toEqual({text: input, masked: false});
  });
});
