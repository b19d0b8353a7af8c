// Markdown tables with aligned columns, readable as text and pasteable into the README.

/** `rows` are arrays of cell strings; the first `left` columns are left-aligned (names), the rest right (figures). */
export function markdownTable(headers, rows, { left = 1 } = {}) {
  const cells = [headers, ...rows].map((row) => headers.map((_, c) => String(row[c] ?? '').replaceAll('|', '\\|')));
  const widths = headers.map((_, c) => Math.max(3, ...cells.map((row) => row[c].length)));
  const line = (row) => `| ${row.map((cell, c) => (c < left ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (c < left ? '-'.repeat(w) : `${'-'.repeat(w - 1)}:`)).join(' | ')} |`;
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}
