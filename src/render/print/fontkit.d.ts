// fontkit ships no types; citequiz only parses fonts with it, to hand them to pdfkit.
declare module 'fontkit' {
  export interface Font {
    readonly familyName: string;
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
