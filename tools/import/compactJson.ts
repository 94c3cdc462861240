/**
 * JSON with one array item per line: small git diffs, still valid JSON.
 * Top-level arrays are expanded; everything else stays on one line.
 */
export function compactJson(data: Record<string, unknown>): string {
  const fields = Object.entries(data).map(([key, value]) => {
    if (!Array.isArray(value)) return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    if (value.length === 0) return `  ${JSON.stringify(key)}: []`;
    const items = value.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
    return `  ${JSON.stringify(key)}: [\n${items}\n  ]`;
  });
  return `{\n${fields.join(',\n')}\n}\n`;
}
