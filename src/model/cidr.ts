// CIDR blocks as `value.cidrs` takes them (reference §6.1 allows IPv4 and IPv6 by its pattern).
import { isIPv4, isIPv6 } from 'node:net';

/** Why a CIDR block is malformed, or undefined when it is a valid `address/prefix`. */
export function cidrProblem(cidr: string): string | undefined {
  const slash = cidr.indexOf('/');
  const address = slash < 0 ? cidr : cidr.slice(0, slash);
  const v4 = isIPv4(address);
  if (!v4 && !isIPv6(address)) return `"${address}" is not an IPv4 or IPv6 address`;
  if (slash < 0) return `"${cidr}" has no prefix length; write "${cidr}/${v4 ? 32 : 128}" for a single address`;
  const prefix = cidr.slice(slash + 1);
  const max = v4 ? 32 : 128;
  if (!/^\d{1,3}$/.test(prefix) || Number(prefix) > max) return `prefix length "/${prefix}" must be 0–${max} for an IPv${v4 ? 4 : 6} address`;
  return undefined;
}
