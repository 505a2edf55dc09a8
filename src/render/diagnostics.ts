import type { Diagnostic } from '../errors.js';
import { sanitize } from '../text/sanitize.js';
import type { Style } from './style.js';

/** `file:line:column: message`, the form editors and terminals turn into links. */
export function renderDiagnostic(d: Diagnostic, style: Style): string {
  const where = [d.file, d.line, d.column].filter((part) => part !== undefined).join(':');
  const label = d.severity === 'warning' ? style.accent('warning') : style.bad('error');
  return `${style.bold(sanitize(where))}: ${label} ${sanitize(d.message)} ${style.dim(`[${d.code}]`)}`;
}

export function renderDiagnostics(diagnostics: readonly Diagnostic[], style: Style, limit = Infinity): string {
  const shown = diagnostics.slice(0, limit).map((d) => renderDiagnostic(d, style));
  if (diagnostics.length > limit) shown.push(style.dim(`... and ${diagnostics.length - limit} more`));
  return shown.join('\n') + '\n';
}
