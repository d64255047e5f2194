// Vietnamese unit and body names in English: the level word translated and after the place, as English
// writes "Kon Tum Province People's Committee"; a name without a level word unchanged.
import {expect, test} from "vitest";
import {englishBodyName, englishDocumentName, englishUnitName} from "../../contract/unit-names.js";

test("a unit's level word is translated and follows the place", () => {
  expect(
    ["Tỉnh Kon Tum", "Thành phố Hồ Chí Minh", "Huyện Bạch Thông", "Thị xã Sơn Tây", "Xã Ealy", "Gia Lai", "Xã"].map(
      englishUnitName
    )
  ).toEqual([
    "Kon Tum Province",
    "Hồ Chí Minh City",
    "Bạch Thông District",
    "Sơn Tây Town",
    "Ealy Commune",
    "Gia Lai",
    "Xã"
  ]);
});

test("a plan's issuer and document in English", () => {
  expect(englishBodyName("Ủy ban nhân dân tỉnh Kon Tum")).toBe("Kon Tum Province People's Committee");
  expect(englishBodyName("Uỷ ban nhân dân huyện Bạch Thông (tỉnh Bắc Kạn)")).toBe(
    "Bạch Thông District People's Committee (Bắc Kạn Province)"
  );
  expect(englishBodyName("UBND xã Ea Ly (huyện Sông Hinh, tỉnh Phú Yên)")).toBe(
    "Ea Ly Commune People's Committee (Sông Hinh District, Phú Yên Province)"
  );
  expect(englishBodyName("Chính phủ")).toBe("the Government");
  expect(englishDocumentName("Phụ lục kèm Kế hoạch 2024-12")).toBe("Annex to Plan 2024-12");
  expect(englishDocumentName("Nghị quyết 19/NQ-CP 2022-02-16")).toBe("Resolution 19/NQ-CP 2022-02-16");
});
