// Observable Framework configuration. Everything here keeps the site self-contained: no Google Fonts
// (globalStylesheets), no DuckDB extension downloads, no Observable Cloud links.
export default {
  root: "src",
  title: "Giám sát kế hoạch ATVSLĐ",
  style: "style.css",
  globalStylesheets: [],
  duckdb: {extensions: {json: null, parquet: null}},
  pages: [
    {name: "Xu hướng", path: "/trends"},
    {name: "So sánh các tỉnh", path: "/provinces"},
    {name: "So sánh các huyện", path: "/districts"},
    {name: "Ngành kinh tế", path: "/sectors"},
    {name: "Nhiệm vụ của kế hoạch", path: "/tasks"},
    {name: "Chất lượng số liệu", path: "/quality"},
    {name: "Số liệu toàn quốc 2018–2024", path: "/national"},
    {name: "Truy vấn dữ liệu", path: "/explore"},
    {name: "Nạp số liệu", path: "/upload"},
    {name: "Phương pháp", path: "/methods"},
    {name: "Báo cáo năm (in A4)", path: "/report"}
  ],
  footer: "Giám sát kế hoạch an toàn, vệ sinh lao động · OSH plan monitor",
  search: false,
  pager: false,
  cleanUrls: false
};
