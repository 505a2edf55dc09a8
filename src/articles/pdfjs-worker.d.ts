// pdf.js ships no types for its worker module, which `readPdf` imports only to hand it to pdf.js.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs';
