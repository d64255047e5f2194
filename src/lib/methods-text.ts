// The methods page's prose, in Vietnamese and English (the interface strings are in i18n.ts).
import type {Lang} from "./locale.js";

export interface MethodSection {
  title: string;
  paragraphs: string[];
}

const sections: Record<Lang, MethodSection[]> = {
  vi: [
    {
      title: "Số liệu và mẫu số",
      paragraphs: [
        "Mọi chỉ số được tính từ số đếm và mẫu số, không từ tỷ lệ có sẵn. Số liệu của một địa bàn gồm các dòng của chính nó và của mọi đơn vị bên trong (xã → huyện → tỉnh → toàn quốc).",
        "Tỷ lệ chết người do TNLĐ = số người chết trong các vụ có quan hệ lao động ÷ số lao động (bộ số liệu lực lượng lao động, đếm người tham gia BHXH bắt buộc) × 100.000. Khoảng tin cậy 95% chính xác Poisson (Garwood).",
        "Các tỷ lệ bao phủ (khám BNN, quan trắc, huấn luyện, điều tra vụ chết người, báo cáo đúng hạn) là phân số với khoảng tin cậy Wilson 95%.",
        "Một địa bàn có lực lượng lao động nhưng không có dòng tai nạn nào trong năm được tính là 0 vụ (việc khai báo tai nạn là bắt buộc)."
      ]
    },
    {
      title: "Chỉ tiêu của từng kế hoạch và lộ trình",
      paragraphs: [
        "Mỗi địa bàn được đánh giá theo chính kế hoạch của mình; nếu không có, theo kế hoạch của cấp trên gần nhất (xã → huyện → tỉnh → Chương trình quốc gia, Nghị quyết 19/NQ-CP).",
        "Chỉ tiêu thay đổi hằng năm được chuyển thành lộ trình: mục tiêu năm t = giá trị năm gốc × (1 + g)^(t − năm gốc). Năm năm giảm 4%/năm là giảm 18,5%, không phải 20%."
      ]
    },
    {
      title: "Kết luận trung thực với số nhỏ",
      paragraphs: [
        "Chuỗi lớn (trung bình ≥ 100 sự kiện/năm, ≥ 3 năm): xu hướng Poisson log-tuyến tính từ năm gốc; tỷ số tiến độ = thay đổi quan sát ÷ thay đổi yêu cầu (phương pháp SDG của Liên Hợp Quốc): ≥ 0,95 đúng tiến độ; 0,5–0,95 có nguy cơ; thấp hơn là không đạt.",
        "Chuỗi nhỏ: xác suất đang đi đúng lộ trình, từ phân phối hậu nghiệm Jeffreys của hai tỷ lệ (năm gốc và năm nay). P ≥ 0,9: đúng tiến độ; P ≤ 0,1: không đạt; còn lại: chưa đủ bằng chứng. Dưới 10 sự kiện trong hai năm: không kết luận.",
        "Chỉ tiêu tỷ lệ (≥ hoặc > một ngưỡng): đạt khi cả khoảng tin cậy Wilson vượt ngưỡng, không đạt khi cả khoảng dưới ngưỡng, còn lại chưa đủ bằng chứng. Chỉ tiêu 100% là đếm toàn bộ: nêu số trường hợp chưa đạt.",
        "So sánh địa bàn: biểu đồ phễu (Spiegelhalter 2005) với giới hạn 95% và 99,8% quanh mức chung, nới rộng khi các địa bàn phân tán hơn mức ngẫu nhiên; bảng xếp hạng theo tỷ lệ làm mượt Bayes thực nghiệm (Marshall 1991)."
      ]
    },
    {
      title: "Địa giới hành chính 2025",
      paragraphs: [
        "Từ 01/07/2025 cả nước có 34 tỉnh, không còn cấp huyện; mỗi tỉnh cũ nhập trọn vào một tỉnh mới. Số liệu trước ngày đó dùng mã 63 tỉnh cũ, sau đó dùng mã 34 tỉnh mới.",
        "Người xem chọn địa giới: như đã báo cáo (tỉnh cũ) hoặc 34 tỉnh hiện nay (cộng dồn tỉnh cũ). Kế hoạch của tỉnh cũ (Kon Tum, Hải Dương) tiếp tục được đánh giá trên địa bàn đã viết kế hoạch."
      ]
    }
  ],
  en: [
    {
      title: "Data and denominators",
      paragraphs: [
        "Every indicator is computed from counts and denominators, never from ready-made rates. A unit's figures are its own rows plus those of every unit inside it (commune → district → province → country).",
        "Fatal accident rate = deaths in accidents with labour relations ÷ workers (workforce dataset, compulsory social-insurance participants) × 100,000, with an exact Poisson (Garwood) 95% interval.",
        "Coverage shares (exams, monitoring, training, investigation of fatal accidents, reports on time) are fractions with 95% Wilson intervals.",
        "A unit with a workforce but no accident row in a year counts 0 accidents (reporting accidents is compulsory)."
      ]
    },
    {
      title: "Each plan's targets and the path",
      paragraphs: [
        "Each unit is judged against its own plan; without one, against the nearest parent's (commune → district → province → the National Programme, Resolution 19/NQ-CP).",
        "Yearly-change targets become a path: target in year t = base-year value × (1 + g)^(t − base year). Five years of −4% is −18.5%, not −20%."
      ]
    },
    {
      title: "Honest verdicts for small numbers",
      paragraphs: [
        "Large series (≥ 100 events a year on average, ≥ 3 years): a Poisson log-linear trend from the base year; progress ratio = observed ÷ required change (the UN SDG method): ≥ 0.95 on track, 0.5–0.95 at risk, lower off track.",
        "Small series: the probability of being on the path, from Jeffreys posteriors of the two rates (base year and this year). P ≥ 0.9 on track, P ≤ 0.1 off track, otherwise not enough evidence. Fewer than 10 events in the two years: no verdict.",
        "Share targets (≥ or > a threshold): met when the whole Wilson interval clears it, missed when it lies wholly below, otherwise not enough evidence. 100% targets are censuses: the misses are counted.",
        "Comparing units: funnel plots (Spiegelhalter 2005) with 95% and 99.8% limits around the common rate, widened when units vary more than chance; rankings by empirical-Bayes smoothed rates (Marshall 1991)."
      ]
    },
    {
      title: "The 2025 administrative reform",
      paragraphs: [
        "From 1 July 2025 Vietnam has 34 provinces and no districts; each old province joined one new province whole. Data before that date uses the 63 old codes, after it the 34 new ones.",
        "Readers choose the geography: as reported (old provinces) or today's 34 provinces (old provinces summed). A plan of an old province (Kon Tum, Hải Dương) keeps being judged on the territory it was written for."
      ]
    }
  ]
};

export function methodSections(lang: Lang): MethodSection[] {
  return sections[lang];
}
