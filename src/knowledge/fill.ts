/** Placeholders of knowledge/messages.yaml, usable by the core and by the bot alike. */

/** Replaces `{name}` placeholders; unknown ones stay visible so a wording mistake is noticed. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
