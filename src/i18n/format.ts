/**
 * Fills `{name}` placeholders in a UI string template. Throws on a placeholder without a value, so a
 * template that drifts from its caller fails the build instead of printing "{name}".
 */
export function format(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([a-zA-Z]+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${template}"`);
    return String(value);
  });
}
