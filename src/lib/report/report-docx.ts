// The report as a Word document laid out as Nghị định 30/2020/NĐ-CP sets for administrative documents:
// A4, margins top/bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 13–14 pt; the issuing body and
// the national title with its motto side by side; number, place and date; the body; "Nơi nhận" and the
// signature block side by side; page numbers from page 2. Tables are Word tables an officer can edit;
// charts are PNG images with their title and source line burned in.
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IRunOptions
} from "docx";
import {issuerLineScale, type ReportModel, type ReportTable} from "./report-model.js";

/** A chart drawn as PNG, in CSS pixels (shown at 96 dpi, scaled down to the text width if wider). */
export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

const FONT = "Times New Roman";
/** Half-points, as Word counts font sizes. */
const BODY = 28; // 14 pt
const SMALL = 26; // 13 pt
const HEADING = 24; // 12 pt: the issuing body and the national title, so each fits its half on one line
const TABLE = 22; // 11 pt: a five-column table stays readable on A4
const PAGE = {width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15};
/** Millimetres in twips (1/1440 inch), rounded as Word writes A4: 11906 × 16838. */
const twips = (mm: number) => Math.round((mm / 25.4) * 1440);
/** The text width in CSS pixels at 96 dpi: what a chart is scaled to at most. */
const TEXT_WIDTH_PX = Math.floor(((PAGE.width - PAGE.left - PAGE.right) / 25.4) * 96);

function text(
  value: string,
  options: Omit<IRunOptions, "text"> = {},
  paragraph: Omit<IParagraphOptions, "children"> = {}
) {
  return new Paragraph({...paragraph, children: [new TextRun({text: value, font: FONT, size: BODY, ...options})]});
}

const centred = (value: string, options: Omit<IRunOptions, "text"> = {}) =>
  text(value, {size: SMALL, ...options}, {alignment: AlignmentType.CENTER});

/** Two columns without borders: the document's header, and its closing. */
function sideBySide(left: Paragraph[], right: Paragraph[], leftShare: number) {
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({children, width: {size: share, type: WidthType.PERCENTAGE}, margins: {left: 0, right: 0}});
  return new Table({
    width: {size: 100, type: WidthType.PERCENTAGE},
    borders: TableBorders.NONE,
    rows: [new TableRow({children: [cell(left, leftShare), cell(right, 100 - leftShare)]})]
  });
}

/**
 * Column widths (percent) that give a column of long texts (the calculation) more room than a number,
 * and no column less than 10%, so a short header ("Tình trạng") is not broken letter by letter.
 */
function columnWidths(table: ReportTable): number[] {
  const weights = table.columns.map((label, i) => {
    const cells = [label, ...table.rows.map((row) => row[i] ?? "")];
    return Math.sqrt(cells.reduce((sum, cell) => sum + cell.length, 0) / cells.length);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const floored = weights.map((w) => Math.max(w / total, 0.1));
  const sum = floored.reduce((a, b) => a + b, 0);
  return floored.map((w) => Math.round((100 * w) / sum));
}

function wordTable(table: ReportTable) {
  const widths = columnWidths(table);
  const cell = (value: string, column: number, {bold = false} = {}) =>
    new TableCell({
      children: [text(value, {size: TABLE, bold})],
      width: {size: widths[column]!, type: WidthType.PERCENTAGE},
      margins: {left: 60, right: 60, top: 40, bottom: 40}
    });
  return [
    text(table.caption, {italics: true, size: SMALL}, {spacing: {before: 120, after: 60}}),
    new Table({
      width: {size: 100, type: WidthType.PERCENTAGE},
      rows: [
        new TableRow({tableHeader: true, children: table.columns.map((c, i) => cell(c, i, {bold: true}))}),
        ...table.rows.map(
          (row) =>
            new TableRow({
              cantSplit: true,
              children: row.map((v, i) => cell(v, i, {bold: table.rowHeaders && i === 0}))
            })
        )
      ]
    })
  ];
}

function chartImage(image: ChartImage) {
  const scale = Math.min(1, TEXT_WIDTH_PX / image.width);
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepLines: true,
    spacing: {before: 120, after: 120},
    children: [
      new ImageRun({
        type: "png",
        data: image.png,
        transformation: {width: Math.round(image.width * scale), height: Math.round(image.height * scale)}
      })
    ]
  });
}

/** `images[i]` is the i-th chart of the report, in reading order. */
export function reportDocx(model: ReportModel, images: ChartImage[]): Document {
  const {frame} = model;
  const body: (Paragraph | Table)[] = [
    sideBySide(
      [
        // Each line whole (no-break spaces), smaller when it would not fit its column.
        ...frame.issuingBody.map((line) =>
          centred(line.replaceAll(" ", "\u00a0"), {bold: true, size: Math.floor(HEADING * issuerLineScale(line))})
        ),
        centred("________"),
        centred(frame.number)
      ],
      [
        centred(frame.nationalTitle, {bold: true, size: HEADING}),
        centred(frame.motto, {bold: true, size: BODY}),
        centred("_______________________"),
        text(frame.placeDate, {italics: true}, {alignment: AlignmentType.CENTER})
      ],
      38
    ),
    text(model.title, {bold: true}, {alignment: AlignmentType.CENTER, spacing: {before: 360}}),
    text(model.subtitle, {bold: true}, {alignment: AlignmentType.CENTER, spacing: {after: 240}})
  ];
  const paragraph = (value: string) =>
    text(value, {}, {alignment: AlignmentType.JUSTIFIED, indent: {firstLine: twips(10)}, spacing: {after: 120}});
  body.push(paragraph(model.planLine));
  if (model.mapLine) body.push(paragraph(model.mapLine));
  if (model.demoNotice) body.push(paragraph(`${model.demoNotice.badge}. ${model.demoNotice.text}`));
  let chart = 0;
  for (const section of model.sections) {
    body.push(text(section.heading, {bold: true}, {spacing: {before: 240, after: 120}, keepNext: true}));
    for (const block of section.blocks) {
      if (block.kind === "paragraph") body.push(paragraph(block.text));
      else if (block.kind === "table") body.push(...wordTable(block.table));
      else {
        const image = images[chart++];
        body.push(image ? chartImage(image) : paragraph(block.chart.title));
      }
    }
  }
  body.push(
    text("", {}, {spacing: {before: 240}}),
    sideBySide(
      [
        text(frame.recipientsLabel, {bold: true, italics: true, size: 24}),
        ...frame.recipients.map((r) => text(r, {size: 22}))
      ],
      [
        centred(frame.signatureAuthority, {bold: true, size: BODY}),
        centred(frame.signatureRole, {bold: true, size: BODY}),
        centred(frame.signatureNote, {italics: true}),
        text("", {}, {spacing: {before: 1200}}),
        centred(frame.signatureName, {bold: true, size: BODY})
      ],
      50
    )
  );
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({children: [PageNumber.CURRENT], font: FONT, size: SMALL})]
  });
  return new Document({
    creator: "Giám sát kế hoạch ATVSLĐ",
    title: `${model.title} — ${model.subtitle}`,
    // Word's spelling checker reads Vietnamese as Vietnamese.
    styles: {
      default: {document: {run: {font: FONT, size: BODY, language: {value: model.lang === "vi" ? "vi-VN" : "en-GB"}}}}
    },
    sections: [
      {
        properties: {
          // Page numbers from the second page on: the first page gets an empty header.
          titlePage: true,
          page: {
            size: {width: twips(PAGE.width), height: twips(PAGE.height)},
            margin: {
              top: twips(PAGE.top),
              bottom: twips(PAGE.bottom),
              left: twips(PAGE.left),
              right: twips(PAGE.right)
            }
          }
        },
        headers: {default: new Header({children: [pageNumber]}), first: new Header({children: [new Paragraph("")]})},
        footers: {default: new Footer({children: [new Paragraph("")]})},
        children: body
      }
    ]
  });
}

/** The .docx file, as the report page hands it to the reader. */
export function reportDocxBlob(model: ReportModel, images: ChartImage[]): Promise<Blob> {
  return Packer.toBlob(reportDocx(model, images));
}
