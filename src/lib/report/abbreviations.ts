// Abbreviations spelled out at first use, as an administrative document does ("tai nạn lao động (TNLĐ)").
// One list for the report page, its PDF and its Word file.
import type {Lang} from "../locale.js";

export const ABBREVIATIONS: Record<Lang, [short: string, long: string][]> = {
  vi: [
    ["ATVSLĐ", "an toàn, vệ sinh lao động"],
    ["TNLĐ", "tai nạn lao động"],
    ["BNN", "bệnh nghề nghiệp"],
    ["NSDLĐ", "người sử dụng lao động"],
    ["NLĐ", "người lao động"],
    ["MTLĐ", "môi trường lao động"],
    ["QHLĐ", "quan hệ lao động"],
    ["LĐTBXH", "Lao động - Thương binh và Xã hội"],
    ["UBND", "Ủy ban nhân dân"],
    ["UBMT", "Ủy ban Mặt trận"],
    ["KH", "kế hoạch"],
    // "LĐ" alone: the unit of a rate, "/100.000 LĐ"
    ["LĐ", "lao động"]
  ],
  en: [
    ["OSH", "occupational safety and health"],
    ["MOLISA", "Ministry of Labour, Invalids and Social Affairs"]
  ]
};

/**
 * A function that, called on the document's texts in reading order, writes each abbreviation's long form
 * before its first use. An abbreviation inside a document number (19/NQ-CP, 149-KH/TU) is not a use.
 */
export function abbreviationSpeller(lang: Lang): (text: string) => string {
  const pending = new Map(ABBREVIATIONS[lang]);
  return (text) => {
    for (const [short, long] of pending) {
      const use = new RegExp(`(?<![\\p{L}\\p{N}/-])${short}(?![\\p{L}\\p{N}/-])`, "u");
      const match = use.exec(text);
      if (!match) continue;
      pending.delete(short);
      // Already written out just before ("tai nạn lao động (TNLĐ)"): leave it.
      if (text.slice(0, match.index).toLowerCase().endsWith(`${long.toLowerCase()} (`)) continue;
      text = `${text.slice(0, match.index)}${long} (${short})${text.slice(match.index + short.length)}`;
    }
    return text;
  };
}
