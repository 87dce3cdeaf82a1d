// "Mark verified" from the server's quick fixes runs factlens.server.setStatus without a
// source, so any editor can use it. In VS Code a verified figure should cite a source: the
// command middleware asks for one first (Escape cancels), as the Set Status command does.
import { Commands } from '../../../server/src/protocol';
import { today } from '../validation';
import { inputSourceUrl } from './prompts';

/** The command's arguments with the source asked for; undefined when the user cancelled. */
export async function withVerifiedSource(command: string, args: unknown[]): Promise<unknown[] | undefined> {
  const first = args?.[0] as Record<string, unknown> | undefined;
  if (command !== Commands.setStatus || !first || typeof first !== 'object' || first.status !== 'verified') return args;
  if (Array.isArray(first.sources) && first.sources.length > 0) return args;
  const url = await inputSourceUrl('verified', true);
  if (!url) return undefined;
  return [{ ...first, sources: [{ url, accessed: today() }] }, ...args.slice(1)];
}
