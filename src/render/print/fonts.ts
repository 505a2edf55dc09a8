/** The typefaces a printed PDF embeds, as font file bytes (read by the CLI, parsed by the renderer). */
export interface PdfFontFiles {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
  readonly italic: Uint8Array;
  /** For characters the others lack. */
  readonly fallback: Uint8Array;
}

export type FontStyle = keyof PdfFontFiles;
