import { t, type Lang } from "../i18n";

/** The commands the CLI knows, in the order the help lists them. */
export const COMMANDS = ["check", "summarize", "rollup", "presets", "help"] as const;
export type Command = (typeof COMMANDS)[number];

export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name);
}

/** `chibo --help` (topic null): what chibo does and its commands; `chibo help CMD`: that command in full. */
export function helpText(lang: Lang, topic: Command | null): string {
  if (topic === null)
    return [t(lang, "cli.help.intro"), t(lang, "cli.usage"), t(lang, "cli.help.more")].join("\n\n");
  return t(lang, `cli.help.${topic}`);
}
