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
        "Tổng tự báo cáo của cấp trên và số liệu của các đơn vị cấp dưới là hai báo cáo về cùng một việc, không bao giờ cộng cả hai. Khi mọi đơn vị cấp dưới đều báo cáo (năm, ngành hoặc nhóm đó), dùng tổng cấp dưới; khi chỉ một phần báo cáo, dùng tổng tự báo cáo của cấp trên, vì tổng của một phần cấp dưới là thiếu. Mọi cặp cấp trên–cấp dưới được liệt kê ở trang Chất lượng số liệu, khớp hay chênh lệch bao nhiêu, và số nào được dùng.",
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
        "Chuỗi lớn (trung bình ≥ 100 sự kiện/năm, ≥ 3 năm): xu hướng Poisson log-tuyến tính từ năm gốc đến năm nay; khi chuỗi phân tán thừa (φ = X²/(n − 2) > 1), dùng quasi-Poisson: sai số chuẩn nhân √φ và phân phối t với n − 2 bậc tự do. Kết luận theo khoảng tin cậy 95% của thay đổi hằng năm, không theo ước lượng điểm: đúng tiến độ khi tỷ số tốc độ (thay đổi ước lượng ÷ thay đổi yêu cầu) ≥ 0,95 và khoảng tin cậy loại trừ 'không thay đổi'; không đạt khi cả đầu tốt của khoảng < 0,5; có nguy cơ khi đầu tốt < 0,95; còn lại chưa đủ bằng chứng.",
        "Tỷ số này tính trên xu hướng ước lượng từ mọi năm, không phải tỷ số tiến độ SDG của Liên Hợp Quốc (tính từ hai điểm đầu–cuối, nhạy với một năm bất thường); tỷ số SDG được ghi bên cạnh để tham khảo.",
        "Chuỗi nhỏ: xác suất đang đi đúng lộ trình, từ phân phối hậu nghiệm Jeffreys của hai tỷ lệ (năm gốc và năm nay). P ≥ 0,9: đúng tiến độ; P ≤ 0,1: không đạt; P < 0,5 với ít nhất 30 sự kiện: có nguy cơ; còn lại: chưa đủ bằng chứng. Dưới 10 sự kiện trong hai năm: không kết luận. Khi chuỗi 10 năm gần nhất của chính địa bàn phân tán thừa (kiểm định χ² quanh xu hướng log-tuyến tính, mức 5%, ít nhất 4 năm), số đếm được chia cho φ trước khi tính (số khám BNN thường như vậy); phần cách tính ghi rõ.",
        "Năm gốc: khi kế hoạch không nêu năm gốc (Chương trình quốc gia theo Nghị quyết 19, Kon Tum, Ea Ly, Bạch Thông), dùng trung bình ba năm kết thúc ở năm gốc (ví dụ 2018–2020), vì một năm bất thường làm sai lệch cả lộ trình (hồi quy về trung bình); nếu kết luận theo riêng năm gốc khác đi, nó được ghi bên cạnh. Kế hoạch nêu năm gốc (Hải Dương: 2020) dùng đúng năm đó. Mỗi kết quả ghi rõ năm gốc đã dùng.",
        "Chỉ tiêu tỷ lệ (≥ hoặc > một ngưỡng: huấn luyện, khám BNN, quan trắc, điều tra vụ chết người, báo cáo đúng hạn) nói về toàn bộ người lao động, cơ sở, vụ việc của chính địa bàn, được đếm đủ, không phải mẫu: đạt hay không đạt được xét trên chính số đếm, kèm số còn thiếu (ví dụ 'còn thiếu 4 người cần được huấn luyện'). Khoảng tin cậy Wilson vẫn được ghi để mô tả tỷ lệ, không dùng để kết luận. Chỉ tiêu 100% nêu số trường hợp chưa đạt. Các chỉ số duy nhất được xem là kết quả của một quá trình ngẫu nhiên là số vụ/số người chết và tỷ lệ chết người (mô hình Poisson); dự án không có số liệu chọn mẫu.",
        "So sánh địa bàn: biểu đồ phễu (Spiegelhalter 2005) với giới hạn 95% và 99,8% quanh mức chung. Độ phân tán thừa được kiểm định: nφ (tổng bình phương điểm z Pearson, cắt 10% mỗi đầu) so với χ² với n − 1 bậc tự do ở mức 95%. Chỉ khi kiểm định thấy phân tán thừa, giới hạn mới được nới, theo mô hình Poisson–gamma (nhị thức âm) với phương sai giữa các địa bàn τ² (DerSimonian–Laird); khi τ² → 0 giới hạn trở về đúng giới hạn Poisson, không nhảy bậc. Cùng τ² đó dùng cho tỷ lệ làm mượt Bayes thực nghiệm (công thức Marshall 1991) trên bản đồ và bảng xếp hạng. Vị trí của một địa bàn được xét bằng xác suất đuôi chính xác của số người chết dưới cùng mô hình, với số dự kiến μ = số lao động × mức chung: cao hơn khi P(X ≥ số chết) < 2,5% (rõ rệt: < 0,1%), thấp hơn khi P(X ≤ số chết) < 2,5% (< 0,1%); bảng và tệp CSV ghi xác suất này (cột p). Các đường giới hạn vẽ trên biểu đồ là giới hạn nội suy liên tục (Spiegelhalter) chỉ để nhìn: với địa bàn rất nhỏ, một chấm có thể nằm ngoài đường mà không bị đánh dấu (1 người chết khi dự kiến 0,1: P(X ≥ 1) = 9,5%) — màu của chấm và cột p là kết luận. Số địa bàn dự kiến nằm ngoài giới hạn 95% chỉ do ngẫu nhiên là tổng xác suất bị đánh dấu của từng địa bàn (dưới 5% vì số đếm rời rạc); biểu đồ ghi số này bên cạnh số thực tế. Tỷ lệ tính trên 100.000 người-năm: số lao động × phần của năm mà số vụ tai nạn bao phủ (năm 2025 của địa giới mới: từ 01/07 đến 31/12, lao động × 184/365 năm; năm đang diễn ra: đến ngày cuối cùng có số liệu), nên tỷ lệ là tỷ lệ năm, so được với các năm khác; số dự kiến dùng cùng mức phơi nhiễm, nên vị trí không đổi."
      ]
    },
    {
      title: "Địa giới hành chính 2025",
      paragraphs: [
        "Từ 01/07/2025 cả nước có 34 tỉnh, không còn cấp huyện; mỗi tỉnh cũ nhập trọn vào một tỉnh mới. Số liệu trước ngày đó dùng mã 63 tỉnh cũ, sau đó dùng mã 34 tỉnh mới.",
        "Người xem chọn địa giới: như đã báo cáo (tỉnh cũ) hoặc 34 tỉnh hiện nay (cộng dồn tỉnh cũ). Kế hoạch của tỉnh cũ (Kon Tum, Hải Dương) tiếp tục được đánh giá trên địa bàn đã viết kế hoạch.",
        "Năm 2025, năm cuối của các kế hoạch 2021–2025: đơn vị cũ được tính cả năm — số liệu của chính mình đến 30/06/2025 cộng số liệu 6 tháng cuối năm của các đơn vị địa giới mới nằm trọn trong nó (về tỉnh cũ khi mọi xã tiền thân của xã mới thuộc tỉnh đó, về huyện cũ khi mọi xã tiền thân thuộc huyện đó). Bản ghi không đưa về được vẫn tính cho tỉnh mới và cả nước, được đếm trên trang chất lượng số liệu và nêu trong cách tính của kết quả bị ảnh hưởng."
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
        "A parent's own total and its children's figures are two reports of the same thing and are never added. Where every child reports (for that year, sector or group) the children's sum is used; where only some do, the parent's own total is used, since a partial sum of children falls short. Every parent–children pair is listed on the data-quality page, consistent or with its gap, with the figure used.",
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
        "Large series (≥ 100 events a year on average, ≥ 3 years): a Poisson log-linear trend from the base year to this year; when over-dispersed (φ = X²/(n − 2) > 1), quasi-Poisson: the standard error × √φ and Student's t with n − 2 degrees of freedom. The verdict follows the 95% interval of the annual change, not the point estimate: on track when the pace ratio (fitted change ÷ required change) is ≥ 0.95 and the interval excludes no change; off track when even the interval's better end is < 0.5; at risk when its better end is < 0.95; otherwise not enough evidence.",
        "That ratio is taken on the trend fitted to every year; it is not the UN SDG progress ratio, which uses the two end points and so swings with one unusual year. The SDG ratio is printed beside it for reference.",
        "Small series: the probability of being on the path, from Jeffreys posteriors of the two rates (base year and this year). P ≥ 0.9 on track, P ≤ 0.1 off track, P < 0.5 with at least 30 events at risk, otherwise not enough evidence. Fewer than 10 events in the two years: no verdict. When the unit's own last ten years are over-dispersed (χ² test around a log-linear trend at 5%, at least 4 years), the counts are divided by φ first (exam counts often are); the calculation says so.",
        "Base: where a plan names no base year (the National Programme of Resolution 19, Kon Tum, Ea Ly, Bạch Thông), the mean of the three years ending with the base year (e.g. 2018–2020) is the base, since one unusual year would bend the whole path (regression to the mean); where the single base year would give a different verdict it is shown beside it. A plan that names its base year (Hải Dương: 2020) keeps it. Every result states the base it used.",
        "Share targets (≥ or > a threshold: training, exams, monitoring, investigation of fatal accidents, reports on time) are about all of the unit's own workers, facilities or accidents, counted in full — not a sample: they are met or not on the count itself, with the shortfall ('4 more people to train'). The Wilson interval is still shown as a description of the rate, not as the verdict. 100% targets count the misses. The only figures treated as outcomes of a random process are accident and death counts and the fatal rate (Poisson models); the project holds no sample survey data.",
        "Comparing units: funnel plots (Spiegelhalter 2005) with 95% and 99.8% limits around the common rate. Over-dispersion is tested: nφ (the sum of squared Pearson z-scores, 10% winsorised at each end) against χ² with n − 1 degrees of freedom at 95%. Only when the test finds it are the limits widened, by a Poisson–gamma (negative binomial) model with between-unit variance τ² (DerSimonian–Laird); as τ² → 0 they return to the exact Poisson limits, with no jump. The same τ² drives the empirical-Bayes smoothed rates (Marshall 1991's formula) of the maps and rankings. A unit is classified by the exact tail probability of its deaths under the same model, with expected count μ = workers × common rate: higher when P(X ≥ deaths) < 2.5% (clearly: < 0.1%), lower when P(X ≤ deaths) < 2.5% (< 0.1%); the table and CSV give this probability (column p). The lines drawn are Spiegelhalter's continuous interpolated limits, for the eye only: for a very small unit a dot may lie beyond a line without being flagged (1 death where 0.1 are expected: P(X ≥ 1) = 9.5%) — the dot's colour and the p column are the verdict. The number of units expected outside the 95% limits by chance alone is the sum of each unit's chance of being flagged (under 5%, counts being discrete); the chart states it beside the observed number. Rates are per 100,000 person-years: workers × the share of the year the accidents cover (the new map's 2025: 1 July to 31 December, workers × 184/365 years; the year in progress: up to the last date with data), so they are annual rates, comparable with other years; expected counts use the same exposure, so no position changes by it."
      ]
    },
    {
      title: "The 2025 administrative reform",
      paragraphs: [
        "From 1 July 2025 Vietnam has 34 provinces and no districts; each old province joined one new province whole. Data before that date uses the 63 old codes, after it the 34 new ones.",
        "Readers choose the geography: as reported (old provinces) or today's 34 provinces (old provinces summed). A plan of an old province (Kon Tum, Hải Dương) keeps being judged on the territory it was written for.",
        "2025, the final year of the 2021–2025 plans: an old unit gets the whole year — its own data up to 30/06/2025 plus the second half of the new-map units that lie wholly inside it (to the old province when every predecessor commune of the new commune lay in it, to the old district when every predecessor lay in it). Records that cannot be placed still count for the new province and the country, are counted on the data-quality page and are named in the calculation of each affected result."
      ]
    }
  ]
};

export function methodSections(lang: Lang): MethodSection[] {
  return sections[lang];
}
