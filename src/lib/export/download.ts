// Handing a file to the reader from the page: a download, a chart as PNG, the page's own font for SVG files.

/** The page's @font-face rules (the self-hosted Vietnamese font, as data: URLs). */
export function pageFontCss(): string {
  const rules: string[] = [];
  for (const sheet of document.styleSheets) {
    try {
      for (const rule of sheet.cssRules) if (rule instanceof CSSFontFaceRule) rules.push(rule.cssText);
    } catch {
      // a stylesheet we may not read: skip it
    }
  }
  return rules.join("\n");
}

export function download(data: BlobPart, type: string, name: string) {
  const url = URL.createObjectURL(new Blob([data], {type}));
  const link = Object.assign(document.createElement("a"), {href: url, download: name});
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** An SVG file drawn at `scale` × its size; `width` and `height` are the SVG's own (CSS pixels). */
export async function svgToPng(svg: string, scale = 2): Promise<{png: Blob; width: number; height: number}> {
  const url = URL.createObjectURL(new Blob([svg], {type: "image/svg+xml"}));
  try {
    const image = new Image();
    await new Promise((resolve, reject) => ((image.onload = resolve), (image.onerror = reject), (image.src = url)));
    const canvas = Object.assign(document.createElement("canvas"), {
      width: image.width * scale,
      height: image.height * scale
    });
    const context = canvas.getContext("2d")!;
    context.scale(scale, scale);
    context.drawImage(image, 0, 0);
    const png = await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), "image/png"));
    return {png, width: image.width, height: image.height};
  } finally {
    URL.revokeObjectURL(url);
  }
}
