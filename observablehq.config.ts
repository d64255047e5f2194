// Observable Framework configuration. Everything here keeps the site self-contained: no Google Fonts
// (globalStylesheets), no DuckDB extension downloads, no Observable Cloud links.
export default {
  root: "src",
  // scripts/bench-site.ts builds its own warehouse's site elsewhere, leaving dist/ to the tests
  output: process.env.OSH_SITE_OUTPUT ?? "dist",
  // The sidebar is the same in both languages, so it names each page in both.
  title: "Giám sát kế hoạch ATVSLĐ · OSH plan monitor",
  style: "style.css",
  // No favicon file to ask the server for (a 404 on every first load); the browser draws none.
  head: '<link rel="icon" href="data:,">',
  globalStylesheets: [],
  duckdb: {extensions: {json: null, parquet: null}},
  pages: [
    {name: "Xu hướng · Trends", path: "/trends"},
    {name: "Tổng kết giai đoạn · Period review", path: "/review"},
    {name: "So sánh các tỉnh · Provinces", path: "/provinces"},
    {name: "So sánh huyện, xã · Districts and communes", path: "/districts"},
    {name: "Ngành kinh tế · Sectors", path: "/sectors"},
    {name: "Nhiệm vụ của kế hoạch · Plan tasks", path: "/tasks"},
    {name: "Chất lượng số liệu · Data quality", path: "/quality"},
    {name: "Số liệu toàn quốc 2018–2024 · National figures 2018–2024", path: "/national"},
    {name: "Truy vấn dữ liệu · Query the data", path: "/explore"},
    {name: "Nạp số liệu · Loading data", path: "/upload"},
    {name: "Kiểm tra tệp · Check a file", path: "/check"},
    {name: "Phương pháp · Methods", path: "/methods"},
    {name: "Báo cáo năm (in A4) · Annual report (A4)", path: "/report"}
  ],
  footer: "Giám sát kế hoạch an toàn, vệ sinh lao động · OSH plan monitor",
  search: false,
  pager: false,
  cleanUrls: false
};
